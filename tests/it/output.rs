//! What the printers write: the JSON of `search`, `ask` and `analyze` byte for byte as
//! recorded (the contract scripts read; `took_ms` aside), colour on request, and a word
//! on stderr when nothing matched.
//!
//! After a change meant to alter the JSON (a ranking change moves scores), record it
//! again with `CARI_RECORD_JSON=1 cargo test --test it output::` and review the diff.

use std::path::Path;

use crate::harness::{self, cari, stderr, stdout};

const RECORDED: &str = "tests/data/json/seeds.jsonl";

/// The commands recorded, each run on an index of the seeds.
const COMMANDS: &[&[&str]] = &[
    &["search", "--json", ALL, "0", NO_FOLD, "jaket kulit"],
    &[
        "search",
        "--json",
        ALL,
        "0",
        NO_FOLD,
        "\"kecerdasan buatan\" Korea",
    ],
    &[
        "search",
        "--json",
        ALL,
        "0",
        NO_FOLD,
        "--explain",
        "-n",
        "3",
        "investissement en Europe",
    ],
    &["search", "--json", ALL, "0", NO_FOLD, "Zuckerbrg"],
    &[
        "search",
        "--json",
        ALL,
        "0",
        NO_FOLD,
        "--lang",
        "fr",
        "Meta -DeepSeek",
    ],
    &[
        "search",
        "--json",
        ALL,
        "0",
        NO_FOLD,
        "-n",
        "20",
        "Nvidia OR Huang",
    ],
    &[
        "ask",
        "--json",
        ALL,
        "0",
        NO_FOLD,
        "what did Huang say about open source",
    ],
    &[
        "ask",
        "--json",
        ALL,
        "0",
        NO_FOLD,
        "berapa GPU untuk melatih Llama",
    ],
    &[
        "analyze",
        "--json",
        "--lang",
        "fr",
        "L'intelligence artificielle de Meta",
    ],
    &[
        "analyze",
        "--json",
        "--lang",
        "id",
        "perusahaan-perusahaan Amerika",
    ],
    // The defaults: two passages per article, copies folded, and the counts.
    &["search", "--json", "-n", "20", "Nvidia OR Huang"],
    &["ask", "--json", "what did Huang say about open source"],
    &[
        "search",
        "--json",
        "--facets",
        "--sort",
        "date",
        "Zuckerberg",
    ],
];

/// Every passage, none folded: the commands recorded before results were grouped
/// keep their hits.
const ALL: &str = "--per-article";
const NO_FOLD: &str = "--no-fold";

/// `took_ms` differs from run to run: written as 0.
fn without_timing(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut rest = json;
    while let Some(at) = rest.find("\"took_ms\":") {
        let value = at + "\"took_ms\":".len();
        out.push_str(&rest[..value]);
        out.push('0');
        let end = rest[value..]
            .find([',', '}'])
            .map_or(rest.len(), |e| value + e);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn run_all(index: &Path) -> Vec<String> {
    let index = index.to_string_lossy().into_owned();
    COMMANDS
        .iter()
        .map(|command| {
            let mut args = vec![command[0]];
            if command[0] != "analyze" {
                args.extend(["--index", &index]);
            }
            args.extend(&command[1..]);
            let out = cari(&harness::root(), &args);
            let line = serde_json::json!({
                "args": command,
                "stdout": without_timing(&stdout(&out)),
            });
            line.to_string()
        })
        .collect()
}

#[test]
fn json_is_byte_for_byte_as_recorded() {
    let seeds = harness::seeds_index();
    let lines = run_all(seeds.path());
    let path = harness::root().join(RECORDED);
    if std::env::var_os("CARI_RECORD_JSON").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("data folder");
        std::fs::write(&path, lines.join("\n") + "\n").expect("record");
        return;
    }
    let recorded = std::fs::read_to_string(&path).expect("the recorded JSON");
    let recorded: Vec<&str> = recorded.lines().collect();
    assert_eq!(recorded.len(), lines.len(), "commands recorded");
    for (now, then) in lines.iter().zip(recorded) {
        assert_eq!(now, then);
    }
}

#[test]
fn colour_on_request_only() {
    let seeds = harness::seeds_index();
    let index = seeds.path().to_string_lossy().into_owned();
    let run = |color: &str| {
        stdout(&cari(
            &harness::root(),
            &["search", "--index", &index, "--color", color, "jaket kulit"],
        ))
    };
    assert!(run("always").contains("\x1b[1;31m"), "highlights in colour");
    assert!(!run("never").contains('\x1b'));
    // Piped, `auto` is plain.
    assert!(!run("auto").contains('\x1b'));
}

#[test]
fn nothing_matched_is_said_and_why() {
    let seeds = harness::seeds_index();
    let index = seeds.path().to_string_lossy().into_owned();
    let out = cari(
        &harness::root(),
        &["search", "--index", &index, "the of and"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).contains("only common words"),
        "{}",
        stderr(&out)
    );
    let out = cari(
        &harness::root(),
        &["search", "--index", &index, "xyzzyqwerty"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "no passage matches\n");
}

#[test]
fn a_bad_command_line_is_one_line_with_its_remedy() {
    for args in [
        &["search", "--bogus", "x"][..],
        &["serch", "x"],
        &["search", "--lang", "de", "x"],
        &["search"],
    ] {
        let out = cari(&harness::root(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with("cari: ") && err.contains("cari --help"),
            "{err}"
        );
    }
    let err = stderr(&cari(&harness::root(), &["serch", "x"]));
    assert!(
        err.contains("'search'"),
        "the spelling clap suggests: {err}"
    );
    // Help is whole, on stdout.
    let out = cari(&harness::root(), &["search", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("--limit"));
}
