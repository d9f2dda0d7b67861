//! Prints every quotation of a corpus folder with the speaker cari gives it:
//! `cargo run --example quotations -- seeds`.

use std::path::PathBuf;

use cari::ask::quotations;
use cari::corpus::read_corpus;

fn main() -> anyhow::Result<()> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "seeds".into()));
    let corpus = read_corpus(&dir)?;
    println!("| file | quotation | speaker | how |\n| --- | --- | --- | --- |");
    for article in &corpus.articles {
        let texts: Vec<&str> = article.passages.iter().map(|p| p.text.as_str()).collect();
        // The file name's first characters (never a byte cut inside one).
        let name: String = article.doc.chars().take(3).collect();
        for q in quotations(&texts) {
            let short: String = q.text.chars().take(60).collect();
            println!(
                "| {} | {}… | {} | {:?} |",
                name,
                short,
                q.speaker.as_deref().unwrap_or("(unattributed)"),
                q.attribution
            );
        }
    }
    Ok(())
}
