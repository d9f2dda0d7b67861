//! Killed builds, searches during builds, and two builds at once, with real processes:
//! the index is always the old one or the new one, complete, and never an error.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::harness::{self, cari, stderr};
use cari::index;
use cari::search::{self, SearchOptions};

/// Articles per generated corpus: enough that a debug build takes a moment.
const ARTICLES: usize = 300;

/// The query that tells the two corpora's indexes apart: each corpus has one word.
const QUERY: &str = "korpusalfa korpusbeta";

/// A corpus of `ARTICLES` articles made of the seeds' paragraphs, each naming `marker`.
fn generate_corpus(dir: &Path, marker: &str) {
    let mut paragraphs = Vec::new();
    for entry in fs::read_dir(harness::seeds()).unwrap() {
        let text = fs::read_to_string(entry.unwrap().path()).unwrap();
        paragraphs.extend(
            text.lines()
                .map(str::trim)
                .filter(|p| p.len() > 80)
                .map(str::to_string),
        );
    }
    paragraphs.sort();
    fs::create_dir_all(dir).unwrap();
    for i in 0..ARTICLES {
        let mut body: Vec<String> = (0..8)
            .map(|k| paragraphs[(i * 7 + k * 3) % paragraphs.len()].clone())
            .collect();
        body[0].push_str(&format!(" Laporan {marker} nomor {i}."));
        let text = format!("Berita nomor {i}\n\n{}\n", body.join("\n\n"));
        fs::write(dir.join(format!("{marker}-{i:04}.txt")), text).unwrap();
    }
}

fn spawn_index(corpus: &Path, index: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_cari"))
        .args([
            "index",
            &corpus.to_string_lossy(),
            "--index",
            &index.to_string_lossy(),
            // The scenarios switch the index from one corpus to the other.
            "--replace",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start cari index")
}

fn run_index(corpus: &Path, index: &Path) {
    let out = spawn_index(corpus, index).wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// What `cari search --json QUERY` finds: (doc, passage) pairs, sorted (passages that
/// tie may come in another order from another build of the same corpus).
type Found = Vec<(String, u64)>;

/// More than every passage that matches `QUERY`.
const LIMIT: usize = 4 * ARTICLES;

fn search_cli(index: &Path) -> Found {
    let (out, json) = harness::search_json(
        index,
        &[
            "--limit",
            &LIMIT.to_string(),
            "--per-article",
            "0",
            "--no-fold",
            QUERY,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "search: {}", stderr(&out));
    assert!(json.is_object(), "search: one JSON object");
    harness::hit_addresses(&json)
}

/// The same search in this process, through the library.
fn search_lib(index_dir: &Path) -> Found {
    let index = index::open(index_dir).expect("open the index");
    let options = SearchOptions {
        limit: LIMIT,
        // The generated articles share paragraphs: every passage, none folded.
        per_article: 0,
        fold: false,
        ..SearchOptions::default()
    };
    let results = search::search(&index, QUERY, &options).expect("search");
    let mut found: Found = results
        .hits
        .into_iter()
        .map(|h| (h.doc, h.passage))
        .collect();
    found.sort();
    found
}

/// Two corpora and the results each gives, made once for all the tests.
struct Corpora {
    _dir: tempfile::TempDir,
    a: PathBuf,
    b: PathBuf,
    found_a: Found,
    found_b: Found,
    /// How long a full build took here, to spread kills over one.
    build_time: Duration,
}

static CORPORA: LazyLock<Corpora> = LazyLock::new(|| {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("alfa");
    let b = dir.path().join("beta");
    generate_corpus(&a, "korpusalfa");
    generate_corpus(&b, "korpusbeta");
    let index_b = dir.path().join("index-b");
    run_index(&b, &index_b);
    let found_b = search_cli(&index_b);
    let index_a = dir.path().join("index-a");
    let started = Instant::now();
    run_index(&a, &index_a);
    let build_time = started.elapsed();
    let found_a = search_cli(&index_a);
    assert!(found_a.iter().all(|(doc, _)| doc.starts_with("korpusalfa")));
    assert!(found_b.iter().all(|(doc, _)| doc.starts_with("korpusbeta")));
    assert_eq!((found_a.len(), found_b.len()), (ARTICLES, ARTICLES));
    Corpora {
        _dir: dir,
        a,
        b,
        found_a,
        found_b,
        build_time,
    }
});

struct Setup {
    _dir: tempfile::TempDir,
    corpus_a: &'static Path,
    corpus_b: &'static Path,
    index: PathBuf,
    found_a: &'static Found,
    found_b: &'static Found,
    build_time: Duration,
}

/// A live index of the first corpus, in a folder of its own.
fn setup() -> Setup {
    let corpora = &*CORPORA;
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    run_index(&corpora.a, &index);
    Setup {
        _dir: dir,
        corpus_a: &corpora.a,
        corpus_b: &corpora.b,
        index,
        found_a: &corpora.found_a,
        found_b: &corpora.found_b,
        build_time: corpora.build_time,
    }
}

/// The generation folders in an index folder other than `but`.
fn generations(index: &Path) -> BTreeSet<String> {
    fs::read_dir(index)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("gen-"))
                .collect()
        })
        .unwrap_or_default()
}

fn manifest(index: &Path) -> String {
    fs::read_to_string(index.join("cari-index.json")).unwrap_or_default()
}

/// Sends a signal (`STOP`, `CONT`) to a process with the system's `kill`; true if sent.
fn signal(pid: &str, name: &str) -> bool {
    std::process::Command::new("kill")
        .args([&format!("-{name}"), pid])
        .status()
        .is_ok_and(|s| s.success())
}

/// Waits (polling) until `condition` holds or the child has exited; true if it holds.
fn wait_for(child: &mut Child, mut condition: impl FnMut() -> bool) -> bool {
    loop {
        if condition() {
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// Every path under `dir`.
fn all_files(dir: &Path) -> BTreeSet<PathBuf> {
    let mut found = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path.clone());
            }
            found.insert(path);
        }
    }
    found
}

/// Kills `child` at `moment` of its build (`build_time` is how long a whole one takes,
/// divided by `shrink`). True if it was still running when killed.
fn kill_at(
    mut child: Child,
    moment: Moment,
    index: &Path,
    before: &BTreeSet<PathBuf>,
    build_time: Duration,
    shrink: u32,
) -> bool {
    let reached = match moment {
        Moment::AtOnce => true,
        Moment::NewGeneration => wait_for(&mut child, || {
            generations(index)
                .iter()
                .any(|g| !before.contains(&index.join(g)))
        }),
        Moment::FilesWritten => wait_for(&mut child, || {
            all_files(index).difference(before).count() > 3
        }),
        Moment::Through(percent) => {
            let at = build_time * percent / 100 / shrink;
            let started = Instant::now();
            wait_for(&mut child, || started.elapsed() >= at)
        }
    };
    let running = reached && child.try_wait().unwrap().is_none();
    child.kill().unwrap();
    child.wait().unwrap();
    running
}

/// When to kill a build: as it starts, when its generation folder appears, when it has
/// written a few files, or some way through the time a whole build takes.
#[derive(Debug, Clone, Copy)]
enum Moment {
    AtOnce,
    NewGeneration,
    FilesWritten,
    Through(u32),
}

#[test]
fn a_build_killed_at_any_moment_leaves_the_old_index_and_the_next_build_completes() {
    let s = setup();
    let moments = [
        Moment::AtOnce,
        Moment::NewGeneration,
        Moment::FilesWritten,
        Moment::Through(10),
        Moment::Through(30),
        Moment::Through(50),
        Moment::Through(70),
        Moment::Through(90),
    ];
    let mut killed = 0;
    let mut attempts = 0;
    for moment in moments {
        // A moment a build can pass before it is killed is tried again, sooner.
        let mut shrink = 1;
        loop {
            attempts += 1;
            assert!(attempts < 60, "the builds kept finishing before the kill");
            let before = all_files(&s.index);
            let child = spawn_index(s.corpus_b, &s.index);
            let running = kill_at(child, moment, &s.index, &before, s.build_time, shrink);
            let found = search_cli(&s.index);
            if found == *s.found_b {
                // The build had made its generation live before the kill: start again
                // from the old index.
                run_index(s.corpus_a, &s.index);
                shrink *= 2;
                continue;
            }
            assert_eq!(&found, s.found_a, "after a kill at {moment:?}");
            assert_eq!(&search_lib(&s.index), s.found_a);
            if running {
                killed += 1;
                break;
            }
            shrink *= 2;
        }
    }
    eprintln!("{killed} builds killed, the old index answered after each ({attempts} runs)");
    assert_eq!(killed, moments.len());

    // The next build completes, and what the killed ones left is gone.
    run_index(s.corpus_b, &s.index);
    assert_eq!(&search_cli(&s.index), s.found_b);
    let mut names: Vec<String> = fs::read_dir(&s.index)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    assert_eq!(names[0], ".cari-lock");
    assert_eq!(names[1], "cari-index.json");
    assert!(names[2].starts_with("gen-"), "{names:?}");
}

#[test]
fn searches_during_builds_see_the_old_index_or_the_new_one() {
    let s = setup();
    let building = AtomicBool::new(true);
    let searches = AtomicUsize::new(0);
    let opens = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        // Searches as processes, one after the other.
        scope.spawn(|| {
            while building.load(Ordering::SeqCst) {
                let found = search_cli(&s.index);
                assert!(found == *s.found_a || found == *s.found_b, "{found:?}");
                searches.fetch_add(1, Ordering::SeqCst);
            }
        });
        // The library opening the index as fast as it can: the moment a build swaps
        // the manifest and removes the old generation is hit far more often.
        scope.spawn(|| {
            while building.load(Ordering::SeqCst) {
                let found = search_lib(&s.index);
                assert!(found == *s.found_a || found == *s.found_b, "{found:?}");
                opens.fetch_add(1, Ordering::SeqCst);
            }
        });
        let mut builds = 0;
        while builds < 3 || searches.load(Ordering::SeqCst) < 10 {
            let corpus = if builds % 2 == 0 {
                s.corpus_b
            } else {
                s.corpus_a
            };
            run_index(corpus, &s.index);
            builds += 1;
            assert!(builds < 40, "searches too slow to overlap the builds");
        }
        building.store(false, Ordering::SeqCst);
    });
    eprintln!(
        "{} searches and {} opens during builds, none failed",
        searches.into_inner(),
        opens.into_inner()
    );
    // Nothing half-written is left: one generation, the manifest, the lock.
    assert_eq!(generations(&s.index).len(), 1);
}

#[test]
fn a_second_build_of_the_same_index_stops_with_a_clear_message() {
    let s = setup();
    let lock = s.index.join(".cari-lock");
    let mut overlapped = false;
    for _ in 0..20 {
        let before = manifest(&s.index);
        let mut first = spawn_index(s.corpus_b, &s.index);
        let pid = first.id().to_string();
        // The first build holds the lock once it has written its process id there.
        let locked = wait_for(&mut first, || {
            fs::read_to_string(&lock).is_ok_and(|t| t.trim() == pid)
        });
        // Paused while it holds the lock, however fast it would build (a release
        // build of this corpus takes milliseconds): the second runs during the first.
        let paused = locked && signal(&pid, "STOP");
        let second = cari(
            &harness::root(),
            &[
                "index",
                &s.corpus_a.to_string_lossy(),
                "--index",
                &s.index.to_string_lossy(),
            ],
        );
        // The first still holds the lock if it hasn't made its generation live yet.
        let held_throughout = locked && manifest(&s.index) == before;
        if paused {
            assert!(signal(&pid, "CONT"), "the first build could not be resumed");
        }
        let out = first.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        if held_throughout {
            assert_eq!(second.status.code(), Some(2));
            let err = stderr(&second);
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(
                err.contains(&format!(
                    "another `cari index` (process {pid}) is writing the index in"
                )),
                "{err}"
            );
            // The first build is whole, untouched by the second.
            assert_eq!(&search_cli(&s.index), s.found_b);
            overlapped = true;
            break;
        }
        run_index(s.corpus_a, &s.index);
    }
    assert!(overlapped, "the second build never ran during the first");
    // The lock went with the first build: the next one runs.
    run_index(s.corpus_a, &s.index);
    assert_eq!(&search_cli(&s.index), s.found_a);
}

#[test]
fn opening_the_index_while_builds_swap_generations_never_fails() {
    // Small builds, many of them: full ones swap the generation and remove the one
    // readers were opening; updates commit in place and remove replaced segments.
    const BUILDS: usize = 20;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    for entry in fs::read_dir(harness::seeds()).unwrap().flatten() {
        fs::copy(entry.path(), corpus.join(entry.file_name())).unwrap();
    }
    let index = dir.path().join("index");
    run_index(&corpus, &index);
    let building = AtomicBool::new(true);
    let opens = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                while building.load(Ordering::SeqCst) {
                    let opened = index::open(&index);
                    assert!(opened.is_ok(), "{:?}", opened.err());
                    if let Ok(opened) = opened {
                        let found =
                            search::search(&opened, "Zuckerberg", &SearchOptions::default());
                        match &found {
                            Ok(f) => assert!(!f.hits.is_empty(), "no hits"),
                            Err(e) => panic!("{e:?}"),
                        }
                    }
                    opens.fetch_add(1, Ordering::SeqCst);
                }
            });
        }
        for i in 0..BUILDS {
            let mut args = vec![
                "index".to_string(),
                corpus.to_string_lossy().into_owned(),
                "--index".to_string(),
                index.to_string_lossy().into_owned(),
            ];
            if i % 2 == 0 {
                args.push("--full".to_string());
            } else {
                let path = corpus.join(format!("update-{i}.txt"));
                fs::write(
                    &path,
                    format!("Pembaruan nomor {i} tentang Zuckerberg dan Meta.\n"),
                )
                .unwrap();
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = cari(&harness::root(), &args);
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        }
        building.store(false, Ordering::SeqCst);
    });
    eprintln!(
        "{} opens during {BUILDS} builds, none failed",
        opens.into_inner()
    );
}

/// Rewrites the first `n` articles of `corpus` to name `korpusbeta` instead of
/// `korpusalfa` (`back`: the other way), a few bytes longer so their size changes.
fn rewrite(corpus: &Path, n: usize, back: bool) {
    for i in 0..n {
        let path = corpus.join(format!("korpusalfa-{i:04}.txt"));
        let text = fs::read_to_string(&path).unwrap();
        let text = if back {
            text.replace("Laporan korpusbeta baru", "Laporan korpusalfa")
        } else {
            text.replace("Laporan korpusalfa", "Laporan korpusbeta baru")
        };
        fs::write(&path, text).unwrap();
    }
}

/// What `QUERY` finds, with the passages' texts: an update changes texts, not which
/// passages match.
fn search_texts(index: &Path) -> Vec<(String, u64, String)> {
    let index = index::open(index).expect("open the index");
    let options = SearchOptions {
        limit: LIMIT,
        // The generated articles share paragraphs: every passage, none folded.
        per_article: 0,
        fold: false,
        ..SearchOptions::default()
    };
    let mut found: Vec<(String, u64, String)> = search::search(&index, QUERY, &options)
        .expect("search")
        .hits
        .into_iter()
        .map(|h| (h.doc, h.passage, h.text))
        .collect();
    found.sort();
    found
}

fn index_summary(corpus: &Path, index: &Path) -> String {
    let out = spawn_index(corpus, index).wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stderr(&out)
}

#[test]
fn an_update_killed_at_any_moment_leaves_the_index_before_or_after_it() {
    const CHANGED: usize = 40;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    generate_corpus(&corpus, "korpusalfa");
    let index = dir.path().join("index");
    run_index(&corpus, &index);
    let old = search_texts(&index);
    rewrite(&corpus, CHANGED, false);
    let started = Instant::now();
    let summary = index_summary(&corpus, &index);
    let update_time = started.elapsed();
    assert!(summary.contains("updated the index"), "{summary}");
    let new = search_texts(&index);
    let changed = new
        .iter()
        .filter(|(_, _, t)| t.contains("korpusbeta"))
        .count();
    assert_eq!(
        (old.len(), new.len(), changed),
        (ARTICLES, ARTICLES, CHANGED)
    );

    let moments = [
        Moment::AtOnce,
        Moment::FilesWritten,
        Moment::Through(20),
        Moment::Through(50),
        Moment::Through(80),
    ];
    let mut killed = 0;
    let mut attempts = 0;
    for moment in moments {
        let mut shrink = 1;
        loop {
            attempts += 1;
            assert!(attempts < 60, "the updates kept finishing before the kill");
            // From the old index (the update that brings it back completes: a killed
            // update never stops the next one).
            rewrite(&corpus, CHANGED, true);
            let back = index_summary(&corpus, &index);
            assert!(back.contains("updated the index"), "{back}");
            assert_eq!(search_texts(&index), old);

            rewrite(&corpus, CHANGED, false);
            let before = all_files(&index);
            let child = spawn_index(&corpus, &index);
            let running = kill_at(child, moment, &index, &before, update_time, shrink);
            let found = search_texts(&index);
            assert!(found == old || found == new, "after a kill at {moment:?}");
            assert_eq!(search_cli(&index).len(), ARTICLES);
            if found == old && running {
                killed += 1;
                break;
            }
            shrink *= 2;
        }
    }
    eprintln!(
        "{killed} updates killed, the index before them answered after each ({attempts} runs)"
    );
    assert_eq!(killed, moments.len());
    index_summary(&corpus, &index);
    assert_eq!(search_texts(&index), new);
}
