//! Runs the HTML importer over a folder of saved pages and writes what it read.
//!
//! ```text
//! cargo run --release --example extract_pages -- IN_DIR OUT_DIR
//! ```
//!
//! For every `NAME.html` or `NAME.html.gz` in `IN_DIR`, writes `OUT_DIR/NAME.json` =
//! `{"title", "date", "author", "site", "url", "text"}` (authors joined by ", ",
//! paragraphs by a blank line), the shape extraction scorers read. A page that can't
//! be read is reported and the others go on.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use cari::corpus::html;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        bail!(
            "usage: extract_pages IN_DIR OUT_DIR (a folder of .html / .html.gz pages, and where to write NAME.json)"
        );
    };
    let (input, output) = (PathBuf::from(input), PathBuf::from(output));
    fs::create_dir_all(&output)
        .with_context(|| format!("can't create the output folder {}", output.display()))?;
    let mut entries: Vec<PathBuf> = fs::read_dir(&input)
        .with_context(|| format!("can't read the folder {}", input.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    let (mut written, mut failed) = (0, 0);
    for path in entries {
        let Some(name) = page_name(&path) else {
            continue;
        };
        match extract_one(&path, &output.join(format!("{name}.json"))) {
            Ok(()) => written += 1,
            Err(error) => {
                failed += 1;
                eprintln!("{}: {error:#}", path.display());
            }
        }
    }
    eprintln!("{written} pages written, {failed} failed");
    Ok(())
}

/// `NAME` of `NAME.html` / `NAME.htm` / `NAME.html.gz`; none for other files.
fn page_name(path: &Path) -> Option<String> {
    let file = path.file_name()?.to_str()?;
    [".html.gz", ".htm.gz", ".html", ".htm"]
        .iter()
        .find_map(|ext| file.strip_suffix(ext))
        .map(str::to_string)
}

fn extract_one(path: &Path, out: &Path) -> Result<()> {
    let raw = fs::read(path).context("can't read the page")?;
    let bytes = if path.extension().is_some_and(|e| e == "gz") {
        let mut inflated = Vec::new();
        flate2::read::MultiGzDecoder::new(raw.as_slice())
            .read_to_end(&mut inflated)
            .context("not a valid gzip file")?;
        inflated
    } else {
        raw
    };
    let page = html::extract(&bytes);
    let record = serde_json::json!({
        "title": page.title,
        "date": page.date,
        "author": (!page.authors.is_empty()).then(|| page.authors.join(", ")),
        "site": page.site,
        "url": page.url,
        "text": page.paragraphs.join("\n\n"),
    });
    fs::write(out, serde_json::to_string_pretty(&record)?)
        .with_context(|| format!("can't write {}", out.display()))
}
