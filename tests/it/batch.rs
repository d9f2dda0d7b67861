//! `cari search|ask --json --batch`: one query per line in, one JSON object per line out,
//! from one process.

use crate::harness::{self, cari, stderr, stdout};
use serde_json::Value;

fn lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).expect("each line one JSON object"))
        .collect()
}

#[test]
fn one_answer_per_query_line_and_errors_in_line() {
    let index = harness::seeds_index();
    let index_arg = index.path().to_string_lossy().into_owned();
    let dir = tempfile::tempdir().unwrap();
    let queries = dir.path().join("queries.txt");
    let mut input = Vec::new();
    input.extend_from_slice(b"jaket kulit\n\n   \n\"open source\r\n");
    input.extend_from_slice(b"caf\xe9 Zuckerberg\n");
    input.extend_from_slice(b"intelligence generale\n\"open source");
    std::fs::write(&queries, input).unwrap();

    let out = cari(
        &harness::root(),
        &[
            "search",
            "--json",
            "--index",
            &index_arg,
            "--batch",
            &queries.to_string_lossy(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let answers = lines(&stdout(&out));
    // Blank lines are skipped; every other line gets an answer, in order, the last
    // one too though no newline ends it.
    assert_eq!(answers.len(), 5, "{answers:?}");
    assert_eq!(answers[0]["query"], "jaket kulit");
    assert_eq!(answers[0]["hits"][0]["doc"], "002_d59c97ecda988dec.txt");
    assert_eq!(answers[1]["query"], "\"open source");
    assert!(answers[1]["error"].as_str().unwrap().contains("quote"));
    // Error lines say which line of the batch they answer (blank lines count).
    assert_eq!(answers[1]["line"], 4);
    assert_eq!(answers[2]["line"], 5);
    assert_eq!(answers[4]["line"], 7);
    assert!(answers[1].get("hits").is_none());
    assert!(answers[2]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(answers[3]["query"], "intelligence generale");
    assert!(answers[4]["error"].is_string());

    // Each answer is what `cari search --json` prints for that query alone.
    let single = harness::search_answer(index.path(), &["intelligence generale"]);
    assert_eq!(single["hits"], answers[3]["hits"]);
    assert_eq!(single["total_hits"], answers[3]["total_hits"]);
}

#[test]
fn queries_from_stdin_and_exit_codes() {
    let index = harness::seeds_index();
    let index_arg = index.path().to_string_lossy().into_owned();
    let run = |input: &str| {
        harness::cari_stdin(
            &["search", "--json", "--index", &index_arg, "--batch", "-"],
            input.as_bytes(),
        )
    };
    let out = run("DeepSeek\nKishida\n");
    assert_eq!(out.status.code(), Some(0));
    let answers = lines(&String::from_utf8_lossy(&out.stdout));
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[1]["hits"][0]["doc"], "001_8d8c1ec7b0367f6a.txt");

    // Nothing matched: 1, as grep; an empty batch too.
    let out = run("xylofonkwartet\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        lines(&String::from_utf8_lossy(&out.stdout))[0]["total_hits"],
        0
    );
    assert_eq!(run("").status.code(), Some(1));
}

#[test]
fn batch_needs_json_and_a_readable_file() {
    let index = harness::seeds_index();
    let index_arg = index.path().to_string_lossy().into_owned();
    let out = cari(
        &harness::root(),
        &["search", "--index", &index_arg, "--batch", "-"],
    );
    assert_eq!(out.status.code(), Some(2));
    let out = cari(
        &harness::root(),
        &[
            "search",
            "--json",
            "--index",
            &index_arg,
            "--batch",
            "no/such/file.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no/such/file.txt"), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn ask_answers_one_question_per_line_as_ask_does_alone() {
    let index = harness::seeds_index();
    let index_arg = index.path().to_string_lossy().into_owned();
    let questions: &[u8] =
        b"what did Zuckerberg say about open source\n\ncaf\xe9 ?\napa kata Zuckerberg tentang DeepSeek\n";
    let out = harness::cari_stdin(
        &["ask", "--json", "--index", &index_arg, "--batch", "-"],
        questions,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let answers = lines(&stdout(&out));
    assert_eq!(answers.len(), 3, "{answers:?}");
    assert_eq!(answers[1]["line"], 3);
    assert!(answers[1]["error"].as_str().unwrap().contains("UTF-8"));
    for (answer, question) in [
        (&answers[0], "what did Zuckerberg say about open source"),
        (&answers[2], "apa kata Zuckerberg tentang DeepSeek"),
    ] {
        assert_eq!(answer["question"], question);
        assert!(
            !answer["answers"].as_array().unwrap().is_empty(),
            "{answer}"
        );
        let alone = cari(
            &harness::root(),
            &["ask", "--json", "--index", &index_arg, question],
        );
        let alone: Value = serde_json::from_str(stdout(&alone).trim()).unwrap();
        assert_eq!(&alone, answer);
    }
}
