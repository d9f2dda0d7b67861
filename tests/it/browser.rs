//! The search page in a real browser (headless Chromium driven through WebDriver by
//! fantoccini): a query typed and sent with Enter shows results, the timeline has
//! bars and a click on a month filters by it, an article holding `<script>` and
//! `<img onerror>` shows them as text and runs nothing, and a question shows its
//! answer. Without `chromium` and `chromedriver` on the PATH the test says it is
//! skipped and passes; `CARI_RECORD_SCREENSHOT=1` writes the page to docs/serve.png.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};

use crate::harness::{self, Server};

/// Dated articles in Indonesian and French over three months, and one that holds
/// markup a careless page would run.
const ARTICLES: &[(&str, &str)] = &[
    (
        "whoosh/2024-01-kereta.txt",
        "date 2024-01-15\n\nKereta cepat Whoosh angkut sejuta penumpang\n\nJAKARTA - Kereta cepat Whoosh telah mengangkut satu juta penumpang sejak diresmikan, kata direktur utama KCIC kepada wartawan di Stasiun Halim.\n\nPerjalanan Jakarta ke Bandung kini hanya memakan waktu 45 menit dengan kereta cepat Whoosh.\n",
    ),
    (
        "whoosh/2024-02-tarif.txt",
        "date 2024-02-20\n\nTarif kereta cepat Whoosh naik pada akhir pekan\n\nBANDUNG - Operator kereta cepat Whoosh menaikkan tarif perjalanan pada akhir pekan karena permintaan yang tinggi dari wisatawan.\n",
    ),
    (
        "whoosh/2024-02-tgv.txt",
        "date 2024-02-27\n\nLe train à grande vitesse Whoosh séduit l'Indonésie\n\nJAKARTA - Le train à grande vitesse Whoosh, construit avec la Chine, relie désormais Jakarta à Bandung en quarante-cinq minutes, a expliqué le ministre des transports.\n",
    ),
    (
        "whoosh/2024-03-prolongement.txt",
        "date 2024-03-05\n\nLe prolongement du Whoosh vers Surabaya à l'étude\n\nJAKARTA - Le gouvernement indonésien étudie le prolongement de la ligne Whoosh jusqu'à Surabaya, selon le ministre des transports.\n\n« Nous voulons relier les grandes villes de Java », a déclaré Budi Karya Sumadi.\n",
    ),
    (
        "whoosh/2024-03-hostile.txt",
        "date 2024-03-18\n\nPeringatan <script>window.__pwned = 'script'</script> penipuan tiket Whoosh\n\nPenumpang kereta cepat Whoosh diminta waspada terhadap situs palsu <img src=x onerror=\"window.__pwned='img'\"> yang menjual tiket murah.\n",
    ),
];

/// The first program of `names` found on the PATH.
fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// chromedriver on a free port, killed when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start(program: &Path) -> Driver {
        let port = free_port();
        let child = Command::new(program)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("run chromedriver");
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                std::time::Instant::now() < deadline,
                "chromedriver never listened"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn the_search_page_in_a_browser() {
    let (Some(driver), Some(browser)) = (
        on_path(&["chromedriver"]),
        on_path(&["chromium", "chromium-browser", "google-chrome"]),
    ) else {
        eprintln!(
            "skipped: the browser test needs chromium and chromedriver on the PATH (Debian: apt-get install -y chromium chromium-driver)"
        );
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    for entry in std::fs::read_dir(harness::seeds()).expect("the seeds") {
        let entry = entry.expect("a seed");
        let to = corpus.join("seeds").join(entry.file_name());
        std::fs::create_dir_all(to.parent().expect("a folder")).expect("a folder");
        std::fs::copy(entry.path(), to).expect("copy a seed");
    }
    for (path, text) in ARTICLES {
        let path = corpus.join(path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("a folder");
        std::fs::write(path, text).expect("write an article");
    }
    let index = dir.path().join("index");
    let built = harness::index_cli(&corpus, &index, &["--quiet"]);
    assert!(built.status.success(), "{}", harness::stderr(&built));
    let server = Server::start(&index, &[]);
    let driver = Driver::start(&driver);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(drive(&driver.url, &browser, &server.base));
}

async fn connect(driver: &str, browser: &Path) -> Client {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_string(),
        serde_json::json!({
            "binary": browser,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1100,1000"]
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(driver)
        .await
        .expect("a WebDriver session")
}

async fn drive(driver: &str, browser: &Path, base: &str) {
    let client = connect(driver, browser).await;
    let result = steps(&client, base).await;
    let _ = client.close().await;
    result.expect("the page works");
}

/// The texts of the elements `css` selects.
async fn texts(client: &Client, css: &str) -> Result<Vec<String>, fantoccini::error::CmdError> {
    let mut out = Vec::new();
    for element in client.find_all(Locator::Css(css)).await? {
        out.push(element.text().await?);
    }
    Ok(out)
}

/// Waits until the status line changes from `before` (a search ended).
async fn searched(client: &Client, before: &str) -> Result<String, fantoccini::error::CmdError> {
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let now = client.find(Locator::Id("status")).await?.text().await?;
        if now != before && !now.starts_with("Searching") {
            return Ok(now);
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the search never ended: {now}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn steps(client: &Client, base: &str) -> Result<(), fantoccini::error::CmdError> {
    client.goto(&format!("{base}/")).await?;
    // The box has the focus: typing and Enter search.
    let focused = client
        .execute(
            "return document.activeElement && document.activeElement.id",
            vec![],
        )
        .await?;
    assert_eq!(focused, serde_json::json!("q"));
    let query = client.find(Locator::Id("q")).await?;
    query.send_keys("Whoosh\u{E007}").await?;
    let status = searched(client, "").await?;
    assert!(status.contains("passages match"), "{status}");
    let titles = texts(client, "#results .hit h2").await?;
    assert!(titles.len() >= 5, "{titles:?}");
    // The hostile article shows its markup as text, runs nothing, adds no element.
    let hostile = titles
        .iter()
        .find(|t| t.contains("penipuan"))
        .unwrap_or_else(|| panic!("the article with markup is found: {titles:?}"));
    assert!(
        hostile.contains("<script>window.__pwned = 'script'</script>"),
        "{hostile}"
    );
    let passages = texts(client, "#results .passage").await?;
    assert!(
        passages
            .iter()
            .any(|p| p.contains("<img src=x onerror=\"window.__pwned='img'\">")),
        "{passages:?}"
    );
    let injected = client
        .execute(
            "return [typeof window.__pwned, document.querySelectorAll('#results img, #results script').length, document.scripts.length]",
            vec![],
        )
        .await?;
    assert_eq!(injected, serde_json::json!(["undefined", 0, 1]));
    assert!(client.get_alert_text().await.is_err(), "an alert is open");
    // The timeline: bars for the months, a colour per language.
    let bars = client
        .find_all(Locator::Css("#timeline svg rect.bar"))
        .await?;
    assert!(bars.len() >= 4, "{} bars", bars.len());
    let mut langs = Vec::new();
    for bar in &bars {
        langs.push(bar.attr("data-lang").await?.unwrap_or_default());
    }
    assert!(
        langs.iter().any(|l| l == "id") && langs.iter().any(|l| l == "fr"),
        "{langs:?}"
    );
    if std::env::var_os("CARI_RECORD_SCREENSHOT").is_some() {
        let png = client.screenshot().await?;
        let path = harness::root().join("docs").join("serve.png");
        std::fs::create_dir_all(path.parent().expect("docs")).expect("docs folder");
        std::fs::write(&path, png).expect("write the screenshot");
    }
    // A click on February keeps February's articles only.
    let before = client.find(Locator::Id("status")).await?.text().await?;
    client
        .find(Locator::Css("#timeline g.month[data-month='2024-02']"))
        .await?
        .click()
        .await?;
    let status = searched(client, &before).await?;
    assert!(status.contains("passages match"), "{status}");
    assert_eq!(
        client
            .find(Locator::Id("since"))
            .await?
            .prop("value")
            .await?
            .as_deref(),
        Some("2024-02")
    );
    let dates = texts(client, "#results .hit time").await?;
    assert!(!dates.is_empty());
    assert!(dates.iter().all(|d| d.starts_with("2024-02")), "{dates:?}");
    // A question: its answer line and quotations with their speaker.
    client.find(Locator::Id("since")).await?.clear().await?;
    client.find(Locator::Id("until")).await?.clear().await?;
    client
        .find(Locator::Css("#mode option[value='ask']"))
        .await?
        .click()
        .await?;
    let query = client.find(Locator::Id("q")).await?;
    query.clear().await?;
    let before = client.find(Locator::Id("status")).await?.text().await?;
    query
        .send_keys("what did Zuckerberg say about DeepSeek\u{E007}")
        .await?;
    let status = searched(client, &before).await?;
    assert!(status.contains("quotations"), "{status}");
    let quotes = texts(client, "#answer blockquote .cite").await?;
    assert!(!quotes.is_empty(), "no quotation shown");
    assert!(
        quotes.iter().all(|q| q.contains("Zuckerberg")),
        "{quotes:?}"
    );
    Ok(())
}
