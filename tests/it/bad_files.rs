//! A corpus folder with every kind of bad file beside good ones: the build finishes,
//! the summary says what was skipped and why, and every good file is searchable.

use std::fs;
use std::path::Path;

use crate::harness::{self, cari, stderr, stdout};
use cari::corpus::{self, read_corpus};
use serde_json::Value;

/// A 1×1 PNG, byte for byte.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\x0f\0\0\x01\x01\0\x05\x18\xd8N\0\0\0\0IEND\xaeB`\x82";

/// The start of an x86-64 ELF executable header.
const ELF: &[u8] =
    b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0\x01\0\0\0\x10\x10@\0\0\0\0\0@\0\0\0\0\0\0\0";

/// Every passage that matches (these files repeat one another: nothing is folded).
fn search_json(index: &Path, query: &str) -> Value {
    harness::search_answer(
        index,
        &["--limit", "50", "--per-article", "0", "--no-fold", query],
    )
}

fn docs_of(json: &Value) -> Vec<String> {
    let mut docs: Vec<String> = json["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["doc"].as_str().unwrap().to_string())
        .collect();
    docs.dedup();
    docs
}

fn index(corpus: &Path, index: &Path) -> String {
    let out = harness::index_cli(corpus, index, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

/// The line of the summary that names `file`.
fn summary_line<'a>(summary: &'a str, file: &str) -> Option<&'a str> {
    summary
        .lines()
        .find(|l| l.contains(&format!("{}{file}:", std::path::MAIN_SEPARATOR)))
}

const LATIN1_FRENCH: &[u8] = b"L'\xe9t\xe9 \xe0 l'\xc9lys\xe9e\n\nLe pr\xe9sident fran\xe7ais a re\xe7u les d\xe9veloppeurs d'intelligence artificielle \xe0 l'\xc9lys\xe9e pour parler de l'\x9cuvre commune, de la s\xe9curit\xe9 et de l'avenir des mod\xe8les ouverts.\n";

#[test]
fn bad_files_are_skipped_with_their_reason_and_good_files_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    let seed = harness::seeds().join("003_af2ef9ff66d7eef8.txt");
    fs::copy(&seed, corpus.join("good.txt")).unwrap();
    // Skipped, each with its reason.
    fs::write(corpus.join("empty.txt"), "").unwrap();
    fs::write(corpus.join("blank.txt"), " \n\t\r\n   \n").unwrap();
    fs::write(corpus.join("image.txt"), PNG).unwrap();
    fs::write(corpus.join("program.txt"), ELF.repeat(4)).unwrap();
    fs::write(corpus.join("logo.png"), PNG).unwrap();
    // Read, with a note.
    fs::write(corpus.join("latin1.txt"), LATIN1_FRENCH).unwrap();
    // Read as they are.
    fs::write(corpus.join("satu.txt"), "Supercalifragilistik").unwrap();
    let odd = corpus.join("dossier été");
    fs::create_dir(&odd).unwrap();
    fs::write(
        odd.join("Berita hari ini — édition spéciale.txt"),
        "Pertemuan di Jakarta\n\nPara pengembang bertemu di Jakarta untuk membahas kolaborasi kuantumisasi model bahasa terbuka.\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink("loop-b.txt", corpus.join("loop-a.txt")).unwrap();
        symlink("loop-a.txt", corpus.join("loop-b.txt")).unwrap();
        symlink(".", corpus.join("here")).unwrap();
        symlink("good.txt", corpus.join("link to good.txt")).unwrap();
        let fifo = std::process::Command::new("mkfifo")
            .arg(corpus.join("pipe.txt"))
            .status();
        assert!(fifo.is_ok_and(|s| s.success()), "mkfifo");
    }
    let unreadable = corpus.join("secret.txt");
    fs::copy(&seed, &unreadable).unwrap();
    let permissions_bite = make_unreadable(&unreadable);

    let idx = dir.path().join("index");
    let summary = index(&corpus, &idx);

    let reasons = [
        ("empty.txt", "empty file"),
        ("blank.txt", "empty file"),
        ("image.txt", "binary file"),
        ("program.txt", "binary file"),
        (
            "logo.png",
            "not a format cari reads (.png): text, Markdown, HTML, JSON Lines, JSON, or any of them .gz",
        ),
        #[cfg(unix)]
        ("loop-a.txt", "broken or looping symbolic link"),
        #[cfg(unix)]
        ("loop-b.txt", "broken or looping symbolic link"),
        #[cfg(unix)]
        (
            "here",
            "folder already read (a symbolic link loop, or a second link to it)",
        ),
        #[cfg(unix)]
        ("pipe.txt", "not a regular file"),
    ];
    for (file, reason) in reasons {
        let line = summary_line(&summary, file).unwrap_or_else(|| panic!("{file}: {summary}"));
        assert!(line.trim_start().starts_with("skipped: "), "{line}");
        assert!(line.ends_with(reason), "{line}");
    }
    let mut skipped = reasons.len();
    if permissions_bite {
        let line = summary_line(&summary, "secret.txt").expect("the unreadable file is named");
        assert!(line.ends_with("unreadable: permission denied"), "{line}");
        skipped += 1;
    }
    let latin1 = summary_line(&summary, "latin1.txt").expect("latin-1 is noted");
    assert!(
        latin1.contains("note:") && latin1.contains("Latin-1"),
        "{latin1}"
    );
    assert!(
        summary.contains(&format!("skipped {skipped} files (")),
        "{summary}"
    );
    assert!(summary.contains("binary file: 2"), "{summary}");
    assert!(summary.contains("empty file: 2"), "{summary}");

    // Every good file is searchable, named as it is.
    let found = docs_of(&search_json(&idx, "DeepSeek"));
    assert!(found.contains(&"good.txt".to_string()), "{found:?}");
    #[cfg(unix)]
    assert!(found.contains(&"link to good.txt".to_string()), "{found:?}");
    if !permissions_bite {
        assert!(found.contains(&"secret.txt".to_string()), "{found:?}");
    }
    let latin1 = search_json(&idx, "Élysée œuvre");
    assert_eq!(latin1["hits"][0]["doc"], "latin1.txt");
    assert_eq!(latin1["hits"][0]["lang"], "fr");
    let text = latin1["hits"][0]["text"].as_str().unwrap();
    assert!(text.contains("l'Élysée pour parler de l'œuvre"), "{text}");
    let one_word = search_json(&idx, "supercalifragilistik");
    assert_eq!(one_word["hits"][0]["doc"], "satu.txt");
    assert_eq!(one_word["hits"][0]["text"], "Supercalifragilistik");
    let odd_name = "dossier été/Berita hari ini — édition spéciale.txt";
    let odd = search_json(&idx, "kuantumisasi");
    assert_eq!(odd["hits"][0]["doc"], odd_name);
    let text = cari(
        &harness::root(),
        &["search", "--index", &idx.to_string_lossy(), "kuantumisasi"],
    );
    assert!(
        stdout(&text).lines().next().unwrap().contains(odd_name),
        "{}",
        stdout(&text)
    );
}

/// Takes read permission away; false when that doesn't stop this process reading
/// (running as root), so the caller knows not to expect the file to be skipped.
fn make_unreadable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o000)).unwrap();
        fs::read(path).is_err()
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

#[test]
fn a_byte_order_mark_and_crlf_read_as_if_clean() {
    let clean = fs::read_to_string(harness::seeds().join("002_d59c97ecda988dec.txt")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("clean")).unwrap();
    fs::create_dir(dir.path().join("windows")).unwrap();
    fs::write(dir.path().join("clean/a.txt"), &clean).unwrap();
    let mut windows = b"\xEF\xBB\xBF".to_vec();
    windows.extend(clean.replace('\n', "\r\n").bytes());
    fs::write(dir.path().join("windows/a.txt"), windows).unwrap();
    let read = read_corpus(dir.path()).unwrap();
    assert!(read.skipped.is_empty() && read.notes.is_empty());
    let [a, b] = read.articles.as_slice() else {
        panic!("two articles")
    };
    assert_eq!(
        (a.doc.as_str(), b.doc.as_str()),
        ("clean/a.txt", "windows/a.txt")
    );
    assert_eq!(a.title, b.title);
    assert!(!b.title.starts_with('\u{feff}'));
    assert_eq!(a.passages, b.passages);
    assert!(b.passages.iter().all(|p| !p.text.contains('\r')));

    let idx = dir.path().join("index");
    let summary = index(dir.path(), &idx);
    assert!(summary.contains("skipped 0 files"), "{summary}");
    let json = search_json(&idx, "\"jaket kulit\"");
    let of = |doc: &str| {
        let mut found: Vec<(u64, String)> = json["hits"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["doc"] == doc)
            .map(|h| {
                let text = h["text"].as_str().unwrap().to_string();
                (h["passage"].as_u64().unwrap(), text)
            })
            .collect();
        found.sort();
        found
    };
    assert!(!of("clean/a.txt").is_empty());
    assert_eq!(of("clean/a.txt"), of("windows/a.txt"));
}

#[test]
fn paragraphs_in_two_languages_each_get_their_own() {
    let paragraphs = [
        (
            "id",
            "Presiden Korea Selatan bertemu dengan Zuckerberg di Seoul untuk membahas kerja sama kecerdasan buatan dengan perusahaan lokal.",
        ),
        (
            "fr",
            "Le président sud-coréen a rencontré Zuckerberg à Séoul pour discuter de la coopération en intelligence artificielle avec les entreprises locales.",
        ),
        (
            "id",
            "Zuckerberg mengatakan bahwa perusahaannya akan membangun pusat data baru dan melatih model bahasa yang lebih besar tahun depan.",
        ),
        (
            "fr",
            "Zuckerberg a déclaré que son entreprise construirait un nouveau centre de données et entraînerait des modèles de langue plus grands l'an prochain.",
        ),
        (
            "fr",
            "Selon lui, les puces restent le principal goulet d'étranglement, et Zuckerberg veut en acheter davantage.",
        ),
        (
            "id",
            "Menurut Zuckerberg, cip masih menjadi hambatan utama, dan perusahaan akan membeli lebih banyak lagi.",
        ),
        // Short paragraphs too.
        ("fr", "Zuckerberg a souri devant les caméras."),
        ("id", "Zuckerberg tersenyum di depan kamera."),
        (
            "fr",
            "Le patron de Meta, Zuckerberg, a refusé de commenter.",
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let text: Vec<&str> = paragraphs.iter().map(|(_, p)| *p).collect();
    fs::write(dir.path().join("campur.txt"), text.join("\n\n")).unwrap();
    let idx = dir.path().join("index");
    let summary = index(dir.path(), &idx);
    assert!(summary.contains("fr: 1 articles, 5 passages"), "{summary}");
    assert!(summary.contains("id: 0 articles, 4 passages"), "{summary}");
    let json = search_json(&idx, "Zuckerberg");
    let mut langs = vec![""; paragraphs.len()];
    for hit in json["hits"].as_array().unwrap() {
        langs[hit["passage"].as_u64().unwrap() as usize] = hit["lang"].as_str().unwrap();
    }
    let expected: Vec<&str> = paragraphs.iter().map(|(lang, _)| *lang).collect();
    assert_eq!(langs, expected);
}

/// Bytes of text: sentences of the seeds, over and over, with no line break at all.
fn one_line(bytes: usize, marker: &str) -> String {
    let text = fs::read_to_string(harness::seeds().join("003_af2ef9ff66d7eef8.txt")).unwrap();
    let sentences = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut line = String::with_capacity(bytes + 64);
    while line.len() < bytes {
        line.push_str(&sentences);
        line.push(' ');
    }
    line.push_str(marker);
    line
}

#[test]
fn a_five_megabyte_line_is_cut_into_passages_of_sane_size() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    fs::write(
        corpus.join("one line.txt"),
        one_line(5 << 20, "penandaakhir."),
    )
    .unwrap();
    let idx = dir.path().join("index");
    let (summary, peak) = index_measured(&corpus, &idx);
    assert!(summary.contains("indexed 1 articles"), "{summary}");
    let json = search_json(&idx, "penandaakhir");
    let hit = &json["hits"][0];
    assert_eq!(hit["doc"], "one line.txt");
    let text = hit["text"].as_str().unwrap();
    assert!(text.ends_with("penandaakhir."));
    assert!(text.len() <= corpus::MAX_PASSAGE_BYTES);
    // Thousands of passages, the last one the marker's.
    assert!(hit["passage"].as_u64().unwrap() > 2000, "{hit}");
    let json = search_json(&idx, "DeepSeek");
    for hit in json["hits"].as_array().unwrap() {
        let len = hit["text"].as_str().unwrap().len();
        assert!(len <= corpus::MAX_PASSAGE_BYTES, "{len}");
    }
    if let Some(peak) = peak {
        // The writer's buffers and the program, not copies of the file.
        assert!(peak < 200 << 20, "peak memory {} MB", peak >> 20);
    }
}

/// Indexes, and watches the build's peak memory (Linux) while it runs.
fn index_measured(corpus: &Path, index: &Path) -> (String, Option<u64>) {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_cari"))
        .args([
            "index",
            &corpus.to_string_lossy(),
            "--index",
            &index.to_string_lossy(),
        ])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let mut peak = None;
    loop {
        if let Ok(status) = fs::read_to_string(&status)
            && let Some(kb) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = Some(peak.unwrap_or(0).max(kb << 10));
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    (err, peak)
}

/// The 100 MB file of the robustness brief. Slow in a debug build; run it with
/// `cargo test --release --test it bad_files:: -- --ignored`.
#[test]
#[ignore]
fn a_hundred_megabyte_file_is_indexed_in_bounded_memory() {
    const SIZE: usize = 100 << 20;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    let text = fs::read_to_string(harness::seeds().join("002_d59c97ecda988dec.txt")).unwrap();
    let mut big = String::with_capacity(SIZE + text.len());
    let mut n = 0;
    while big.len() < SIZE {
        big.push_str(&text.replace("Zuckerberg", &format!("Zuckerberg{n}")));
        big.push_str("\n\n");
        n += 1;
    }
    big.push_str("Paragraf terakhir arsip ini menyebut penandaakhir.\n");
    fs::write(corpus.join("arsip besar.txt"), &big).unwrap();
    drop(big);
    let idx = dir.path().join("index");
    let (summary, peak) = index_measured(&corpus, &idx);
    eprintln!("{summary}peak memory: {:?} MB", peak.map(|p| p >> 20));
    let json = search_json(&idx, "penandaakhir");
    assert_eq!(json["hits"][0]["doc"], "arsip besar.txt");
    let json = search_json(&idx, &format!("Zuckerberg{}", n - 1));
    assert!(!json["hits"].as_array().unwrap().is_empty());
    if let Some(peak) = peak {
        assert!(peak < 3 * SIZE as u64, "peak memory {} MB", peak >> 20);
    }
}

/// File names that aren't UTF-8 (a Latin-1 name from an old archive) are written with
/// `\xNN` for the bytes that aren't, so that two of them stay two results.
#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_stay_apart_and_readable() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    fs::write(
        corpus.join(OsStr::from_bytes(b"caf\xe9.txt")),
        "Kereta cepat\n\nKereta cepat Whoosh mengangkut penumpang dari Jakarta ke Bandung.\n",
    )
    .unwrap();
    fs::write(
        corpus.join(OsStr::from_bytes(b"caf\xe8.txt")),
        "Le TGV indonésien\n\nLe train Whoosh relie Jakarta à Bandung en quarante minutes.\n",
    )
    .unwrap();
    let index_dir = dir.path().join("index");
    index(&corpus, &index_dir);
    let mut docs = docs_of(&search_json(&index_dir, "Whoosh"));
    docs.sort();
    assert_eq!(docs, ["caf\\xE8.txt", "caf\\xE9.txt"]);
}
