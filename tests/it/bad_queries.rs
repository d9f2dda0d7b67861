//! Bad queries through the binary: each gets a result (exit 0 or 1, the output whole)
//! or exit 2 with one clear line, and never a panic.

use std::sync::LazyLock;

use crate::harness::{self, cari, stderr, stdout};
use serde_json::Value;

static SEEDS: LazyLock<tempfile::TempDir> = LazyLock::new(harness::seeds_index);

fn run(command: &str, json: bool, query: &str) -> std::process::Output {
    let index = SEEDS.path().to_string_lossy().into_owned();
    let mut args = vec![command, "--index", &index];
    if json {
        args.push("--json");
    }
    args.extend(["--", query]);
    cari(&harness::root(), &args)
}

/// Runs `query` through `search` and `ask`, text and JSON; returns the exit code of
/// `search` (text) and checks everything else.
fn check(full_query: &str) -> i32 {
    let query: String = full_query.chars().take(40).collect();
    let mut codes = Vec::new();
    for command in ["search", "ask"] {
        for json in [false, true] {
            let out = run(command, json, full_query);
            let err = stderr(&out);
            let code = out.status.code().expect("an exit code, not a signal");
            assert!(!err.contains("panicked"), "{command} {query:?}: {err}");
            match code {
                0 | 1 if json => {
                    let _: Value = serde_json::from_str(&stdout(&out))
                        .unwrap_or_else(|e| panic!("{command} {query:?}: {e}"));
                }
                0 | 1 => {}
                2 => {
                    assert_eq!(err.lines().count(), 1, "{command} {query:?}: {err}");
                    assert!(err.starts_with("cari: "), "{err}");
                    assert!(stdout(&out).is_empty());
                }
                other => panic!("{command} {query:?}: exit {other}: {err}"),
            }
            codes.push(code);
        }
    }
    codes[0]
}

#[test]
fn bad_queries_get_a_result_or_one_clear_line() {
    let long_words: String = std::iter::repeat_n("Zuckerberg kecerdasan l'avenir ", 400)
        .collect::<String>()
        .chars()
        .take(10_000)
        .collect();
    let long_letters = "a".repeat(10_000);
    let cases: [(&str, &str, Option<i32>); 17] = [
        ("empty", "", Some(2)),
        ("blank", " \t ", Some(2)),
        ("stop words only", "the and of yang dan le la", None),
        ("unmatched quote", "\"kecerdasan buatan", None),
        ("unmatched curly quote", "“kecerdasan", None),
        ("unmatched parenthesis", "(Zuckerberg", Some(0)),
        ("closing parenthesis", "Zuckerberg) DeepSeek)", Some(0)),
        ("10,000 characters of words", &long_words, Some(2)),
        ("10,000 letters", &long_letters, None),
        (
            "control characters",
            "Zuckerberg\u{1}\u{7}\u{1b}[31mDeepSeek\u{7f}",
            Some(0),
        ),
        ("emoji only", "😀🎉👩‍💻", Some(2)),
        ("emoji and a word", "Zuckerberg 😀", Some(0)),
        ("a field cari doesn't have", "title:Zuckerberg", Some(0)),
        ("another", "title:foo", None),
        ("dangling operator", "Zuckerberg AND", Some(0)),
        ("operators only", "AND OR NOT", None),
        ("punctuation only", "*:~^-+", Some(2)),
    ];
    for (what, query, expected) in cases {
        let code = check(query);
        if let Some(expected) = expected {
            assert_eq!(code, expected, "{what}");
        }
    }
    // The messages of the refusals say what was wrong.
    let out = run("search", false, "\"kecerdasan buatan");
    assert_eq!(stderr(&out), "cari: unmatched double quote in the query\n");
    let out = run("search", false, "😀🎉");
    assert_eq!(stderr(&out), "cari: the query has no searchable word\n");
    let out = run("search", false, "");
    assert_eq!(stderr(&out), "cari: empty query\n");
    // A pasted document is refused with the bound, not planned word by word.
    let out = run("search", false, &long_words);
    let message = stderr(&out);
    assert!(
        message.starts_with("cari: the query is too long (968 words"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "{message}");
}

#[test]
fn field_syntax_searches_its_words() {
    let json = harness::search_answer(SEEDS.path(), &["--", "title:Zuckerberg"]);
    let text = json["hits"][0]["text"].as_str().unwrap();
    assert!(text.contains("Zuckerberg"), "{text}");
}
