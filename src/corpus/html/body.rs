//! The article's text in a page: a readability-style extraction.
//!
//! The page is flattened into text blocks (paragraphs, subheads, list items, and runs
//! of loose text inside containers), skipping what is never article text: scripts,
//! navigation, asides, footers, figures and their captions, hidden elements, and
//! elements whose class or id names them as comments, cookie banners, share bars,
//! newsletters, promotions, ads or related links. Each paragraph then scores its
//! ancestors (longer, comma-rich text scores more, nearer ancestors more), class and
//! id hints (`article`, `content`, `story-body` against `comment`, `footer`…) and the
//! share of link text adjust the scores, and the best container wins, with those of
//! its siblings that look like article text too. Inside it, link-dense blocks, "read
//! also" / "Baca juga" / "Lire aussi" lines, bylines and datelines are dropped. A
//! standfirst just under the headline, outside the winning container, is kept.

use std::collections::{HashMap, HashSet};

use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};

use super::text::{collapse, words};
use crate::corpus::date::parse_date;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Paragraph,
    Heading(u8),
    Item,
}

#[derive(Debug)]
struct Block {
    text: String,
    link_chars: usize,
    kind: Kind,
    /// The element the text belongs to, then its ancestors up to the root.
    chain: Vec<NodeId>,
    /// The block or a near ancestor is marked as a standfirst ("chapo", "chapeau"…).
    standfirst: bool,
}

impl Block {
    fn chars(&self) -> usize {
        self.text.chars().count()
    }
    fn link_density(&self) -> f64 {
        self.link_chars as f64 / self.chars().max(1) as f64
    }
}

/// The article body of a parsed page, in reading order.
pub fn paragraphs(document: &Html, title: Option<&str>) -> Vec<String> {
    let strict = extract(document, title, true);
    if chars(&strict) >= 500 {
        return strict;
    }
    // Class names are a publisher's own vocabulary: a page whose article sits in a
    // "sidebar-1" column loses it to the hints, so a thin result is tried again without
    // them (as readability does).
    let lenient = extract(document, title, false);
    if chars(&lenient) > chars(&strict) {
        lenient
    } else {
        strict
    }
}

fn chars(paragraphs: &[String]) -> usize {
    paragraphs.iter().map(|p| p.chars().count()).sum()
}

fn extract(document: &Html, title: Option<&str>, use_hints: bool) -> Vec<String> {
    let mut walker = Walker {
        use_hints,
        ..Walker::default()
    };
    walk(document.tree.root(), &mut walker, false, 0);
    let blocks = walker.blocks;
    if blocks.is_empty() {
        return Vec::new();
    }
    let tree = &document.tree;
    let selected = select_content(tree, &blocks);
    let mut chosen: Vec<usize> = (0..blocks.len())
        .filter(|&i| blocks[i].chain.iter().any(|n| selected.contains(n)))
        .collect();
    add_standfirst(&blocks, &mut chosen);
    let mut out = clean(&blocks, &chosen, title);
    if chars(&out) < 250 {
        // No container stood out: every paragraph that reads like prose.
        let prose: Vec<usize> = (0..blocks.len())
            .filter(|&i| blocks[i].kind == Kind::Paragraph && blocks[i].chars() >= 50)
            .collect();
        let fallback = clean(&blocks, &prose, title);
        if chars(&fallback) > chars(&out) {
            out = fallback;
        }
    }
    out
}

// ---------------------------------------------------------------- flattening

#[derive(Default)]
struct Walker {
    /// Drop elements whose class or id names them as boilerplate.
    use_hints: bool,
    blocks: Vec<Block>,
    buffer: String,
    link_chars: usize,
    /// Owners of the text being gathered: (element, its kind, its ancestor chain).
    owners: Vec<(NodeId, Kind, Vec<NodeId>, bool)>,
}

impl Walker {
    fn flush(&mut self) {
        let text = collapse(&self.buffer);
        let link_chars = self.link_chars.min(text.chars().count());
        self.buffer.clear();
        self.link_chars = 0;
        if text.is_empty() {
            return;
        }
        let Some((id, kind, chain, standfirst)) = self.owners.last() else {
            return;
        };
        let mut full = vec![*id];
        full.extend(chain.iter().copied());
        self.blocks.push(Block {
            text,
            link_chars,
            kind: *kind,
            chain: full,
            standfirst: *standfirst,
        });
    }
}

const BLOCK_TAGS: [&str; 38] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tr",
    "td",
    "th",
    "ul",
];

/// Elements whose text is one block when they hold no other block.
const TEXT_BLOCKS: [&str; 15] = [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "dd",
    "dt",
    "pre",
    "td",
    "th",
    "blockquote",
    "address",
];

fn is_block(name: &str) -> bool {
    BLOCK_TAGS.contains(&name)
}

fn has_block_descendant(node: NodeRef<Node>) -> bool {
    node.descendants()
        .skip(1)
        .any(|d| d.value().as_element().is_some_and(|e| is_block(e.name())))
}

fn kind_of(name: &str) -> Kind {
    match name {
        "h1" => Kind::Heading(1),
        "h2" => Kind::Heading(2),
        "h3" => Kind::Heading(3),
        "h4" => Kind::Heading(4),
        "h5" => Kind::Heading(5),
        "h6" => Kind::Heading(6),
        "li" | "dd" | "dt" => Kind::Item,
        _ => Kind::Paragraph,
    }
}

fn ancestors_ids(node: NodeRef<Node>) -> Vec<NodeId> {
    node.ancestors().map(|a| a.id()).collect()
}

/// How deep into the page's nesting text is read: far deeper than any real page, and
/// shallow enough that a hostile page can't exhaust the stack.
const MAX_DEPTH: usize = 512;

fn walk(node: NodeRef<Node>, w: &mut Walker, in_link: bool, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match node.value() {
        Node::Text(text) => {
            w.buffer.push_str(text);
            if in_link {
                w.link_chars += collapse(text).chars().count();
            }
        }
        Node::Document | Node::Fragment => {
            for child in node.children() {
                walk(child, w, in_link, depth + 1);
            }
        }
        Node::Element(element) => {
            let name = element.name();
            if is_dropped(node, w.use_hints) {
                return;
            }
            if name == "br" {
                // Two line breaks in a row end a paragraph in pages written that way.
                if w.buffer.ends_with("\u{2029}") {
                    w.flush();
                } else {
                    w.buffer.push('\u{2029}');
                }
                return;
            }
            let in_link = in_link || name == "a";
            let block = is_block(name);
            let leaf = TEXT_BLOCKS.contains(&name) && !has_block_descendant(node);
            if !block && !has_block_descendant(node) {
                // "À LIRE AUSSI Headline" set inline inside a paragraph.
                if name != "a" && starts_read_also(node) {
                    return;
                }
                for child in node.children() {
                    walk(child, w, in_link, depth + 1);
                }
                // No space is added after an inline element: "<b>l</b>'Etat" is one
                // word, and the page's own spaces separate the others.
                return;
            }
            w.flush();
            let standfirst = has_hint(node, &STANDFIRST_HINTS)
                || node
                    .ancestors()
                    .take(2)
                    .any(|a| has_hint(a, &STANDFIRST_HINTS));
            let kind = if leaf { kind_of(name) } else { Kind::Paragraph };
            w.owners
                .push((node.id(), kind, ancestors_ids(node), standfirst));
            for child in node.children() {
                walk(child, w, in_link, depth + 1);
            }
            w.flush();
            w.owners.pop();
            w.buffer.push(' ');
        }
        _ => {}
    }
}

// ---------------------------------------------------------------- boilerplate

const DROPPED_TAGS: [&str; 24] = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "button",
    "input",
    "select",
    "textarea",
    "option",
    "nav",
    "aside",
    "footer",
    "figure",
    "figcaption",
    "dialog",
    "menu",
    "head",
];

const DROPPED_ROLES: [&str; 8] = [
    "navigation",
    "complementary",
    "contentinfo",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
];

/// Class or id words that name boilerplate, matched anywhere in the class or id.
const BOILERPLATE_HINTS: [&str; 56] = [
    "comment",
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "sharing",
    "share-",
    "-share",
    "sharebar",
    "social",
    "related",
    "recommend",
    "outbrain",
    "taboola",
    "promo",
    "advert",
    "sponsor",
    "sidebar",
    "breadcrumb",
    "footer",
    "navbar",
    "navigation",
    "popup",
    "modal",
    "subscribe",
    "abonn",
    "signup",
    "login",
    "banner",
    "widget",
    "read-also",
    "readalso",
    "baca-juga",
    "bacajuga",
    "lire-aussi",
    "lireaussi",
    "see-also",
    "seealso",
    "also-read",
    "alsoread",
    "more-stories",
    "most-read",
    "mostread",
    "popular",
    "trending",
    "caption",
    "credit",
    "byline",
    "disqus",
    "toolbar",
    "author",
    "pagination",
    "skip-link",
    "sr-only",
    "visually-hidden",
    "screen-reader",
];

/// Class or id tokens (split on anything not a letter or digit) that name boilerplate.
const BOILERPLATE_TOKENS: [&str; 22] = [
    "ad",
    "ads",
    "adv",
    "pub",
    "dfp",
    "gpt",
    "nav",
    "menu",
    "tags",
    "tag",
    "hidden",
    "share",
    "aside",
    "meta",
    "tools",
    "print",
    "sponsored",
    "partner",
    "partners",
    "masthead",
    "rating",
    "keywords",
];

/// Class or id words of containers that hold an article's text.
const CONTENT_HINTS: [&str; 12] = [
    "article", "body", "content", "entry", "main", "post", "story", "text", "detail", "isi",
    "corps", "contenu",
];

/// Class or id words of a standfirst.
const STANDFIRST_HINTS: [&str; 14] = [
    "chapo",
    "chapeau",
    "standfirst",
    "lead",
    "lede",
    "intro",
    "summary",
    "desc",
    "excerpt",
    "subtitle",
    "sapo",
    "dek",
    "deck",
    "resume",
];

fn hint_text(node: NodeRef<Node>) -> Option<String> {
    let e = node.value().as_element()?;
    let class = e.attr("class").unwrap_or_default();
    let id = e.id().unwrap_or_default();
    if class.is_empty() && id.is_empty() {
        return None;
    }
    Some(format!("{class} {id}").to_lowercase())
}

fn has_hint(node: NodeRef<Node>, hints: &[&str]) -> bool {
    hint_text(node).is_some_and(|h| hints.iter().any(|w| h.contains(w)))
}

fn boilerplate_hint(hints: &str) -> bool {
    BOILERPLATE_HINTS.iter().any(|w| hints.contains(w))
        || hints
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|t| BOILERPLATE_TOKENS.contains(&t))
}

fn is_dropped(node: NodeRef<Node>, use_hints: bool) -> bool {
    let Some(e) = node.value().as_element() else {
        return false;
    };
    let name = e.name();
    if DROPPED_TAGS.contains(&name) {
        return true;
    }
    if name == "header" {
        // A page's header is navigation; an article's header holds its headline and
        // standfirst.
        let has_h1 = node
            .descendants()
            .any(|d| d.value().as_element().is_some_and(|e| e.name() == "h1"));
        return !has_h1;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = e.attr("style") {
        let style: String = style.chars().filter(|c| !c.is_whitespace()).collect();
        let style = style.to_lowercase();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return true;
        }
    }
    if e.attr("role")
        .is_some_and(|r| DROPPED_ROLES.contains(&r.trim().to_lowercase().as_str()))
    {
        return true;
    }
    if !use_hints || matches!(name, "html" | "body" | "main" | "article") {
        return false;
    }
    // Words inside a sentence stay whatever their link's class ("inner-link-tag"):
    // hints name blocks, and an inline element holding no block is part of its text.
    if !is_block(name) && !has_block_descendant(node) {
        return false;
    }
    let Some(hints) = hint_text(node) else {
        return false;
    };
    if !boilerplate_hint(&hints) {
        return false;
    }
    // A column that holds the article's headline or its `<article>` is the page's
    // layout, whatever its name ("sidebar-1", "vertical-ad-container").
    let holds_article = node.descendants().skip(1).any(|d| {
        d.value()
            .as_element()
            .is_some_and(|e| matches!(e.name(), "h1" | "article" | "main"))
    });
    if holds_article {
        return false;
    }
    // A container named for the article and holding most of the page's prose is kept
    // whatever else its classes say ("article-body has-comments").
    if CONTENT_HINTS.iter().any(|w| hints.contains(w)) {
        let text: usize = node
            .descendants()
            .filter_map(|d| d.value().as_text())
            .map(|t| t.trim().len())
            .sum();
        if text > 1500 && !hints.contains("comment") && !hints.contains("related") {
            return false;
        }
    }
    true
}

// ---------------------------------------------------------------- scoring

fn tag_score(name: &str) -> f64 {
    match name {
        "article" => 10.0,
        "div" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn class_weight(node: NodeRef<Node>) -> f64 {
    let Some(hints) = hint_text(node) else {
        return 0.0;
    };
    let mut weight = 0.0;
    if CONTENT_HINTS.iter().any(|w| hints.contains(w)) {
        weight += 25.0;
    }
    if boilerplate_hint(&hints) || hints.contains("comment") {
        weight -= 25.0;
    }
    weight
}

/// The containers that hold the article: the best-scoring one and its siblings that
/// read like article text.
fn select_content(tree: &ego_tree::Tree<Node>, blocks: &[Block]) -> HashSet<NodeId> {
    let mut score: HashMap<NodeId, f64> = HashMap::new();
    let mut text_chars: HashMap<NodeId, usize> = HashMap::new();
    let mut link_chars: HashMap<NodeId, usize> = HashMap::new();
    for block in blocks {
        for id in &block.chain {
            *text_chars.entry(*id).or_default() += block.chars();
            *link_chars.entry(*id).or_default() += block.link_chars;
        }
        if block.kind == Kind::Heading(1) || block.chars() < 25 {
            continue;
        }
        let commas = block
            .text
            .chars()
            .filter(|c| matches!(c, ',' | '،' | '、' | '，'))
            .count();
        let points = 1.0 + commas as f64 + (block.chars() as f64 / 100.0).min(3.0);
        // A text block's own element passes its score to its container; loose text is
        // scored on the container that holds it.
        let owner_is_leaf = block.kind != Kind::Paragraph
            || tree
                .get(block.chain[0])
                .and_then(|n| {
                    n.value()
                        .as_element()
                        .map(|e| TEXT_BLOCKS.contains(&e.name()))
                })
                .unwrap_or(false);
        let start = usize::from(owner_is_leaf);
        for (level, id) in block.chain.iter().skip(start).take(5).enumerate() {
            let Some(node) = tree.get(*id) else { continue };
            let Some(element) = node.value().as_element() else {
                break;
            };
            let entry = score
                .entry(*id)
                .or_insert_with(|| tag_score(element.name()) + class_weight(node));
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            *entry += points / divider;
        }
    }
    let density = |id: &NodeId| {
        link_chars.get(id).copied().unwrap_or(0) as f64
            / text_chars.get(id).copied().unwrap_or(0).max(1) as f64
    };
    let final_score: HashMap<NodeId, f64> = score
        .iter()
        .map(|(id, s)| (*id, s * (1.0 - density(id))))
        .collect();
    let Some((&best, &best_score)) = final_score
        .iter()
        .max_by(|a, b| a.1.total_cmp(b.1).then_with(|| b.0.cmp(a.0)))
    else {
        return HashSet::new();
    };
    let mut top = best;
    let mut top_score = best_score;
    let Some(top_node) = tree.get(top) else {
        return HashSet::new();
    };

    // Several strong candidates under one ancestor: the ancestor holds the article.
    let strong: Vec<NodeId> = final_score
        .iter()
        .filter(|(id, s)| **id != best && **s >= best_score * 0.75)
        .map(|(id, _)| *id)
        .collect();
    if strong.len() >= 2 {
        for ancestor in top_node.ancestors() {
            if ancestor
                .value()
                .as_element()
                .is_some_and(|e| e.name() == "body")
            {
                break;
            }
            let under = strong
                .iter()
                .filter(|id| {
                    tree.get(**id)
                        .is_some_and(|n| n.ancestors().any(|a| a.id() == ancestor.id()))
                })
                .count();
            if under >= 2 {
                top = ancestor.id();
                top_score = final_score.get(&top).copied().unwrap_or(top_score);
                break;
            }
        }
    }

    // A parent that scores higher than its best child holds more of the article.
    if let Some(node) = tree.get(top) {
        let threshold = top_score / 3.0;
        let mut last = top_score;
        for parent in node.ancestors() {
            if parent
                .value()
                .as_element()
                .is_some_and(|e| e.name() == "body")
            {
                break;
            }
            let Some(&parent_score) = final_score.get(&parent.id()) else {
                continue;
            };
            if parent_score < threshold {
                break;
            }
            if parent_score > last {
                top = parent.id();
                top_score = parent_score;
                break;
            }
            last = parent_score;
        }
    }

    let mut selected = HashSet::from([top]);
    // An article cut by ad breaks into several containers of the same template class:
    // every one of them that scores holds a part of it.
    let top_class_attr = tree
        .get(top)
        .and_then(|n| n.value().as_element().and_then(|e| e.attr("class")))
        .filter(|c| !c.trim().is_empty());
    if let Some(class) = top_class_attr {
        for (id, s) in &final_score {
            let same_class = tree
                .get(*id)
                .and_then(|n| n.value().as_element().and_then(|e| e.attr("class")))
                == Some(class);
            if same_class && *s > 0.0 && density(id) < 0.3 {
                selected.insert(*id);
            }
        }
    }
    let Some(top_node) = tree.get(top) else {
        return selected;
    };
    let Some(parent) = top_node.parent() else {
        return selected;
    };
    let top_class = top_node
        .value()
        .as_element()
        .and_then(|e| e.attr("class"))
        .unwrap_or_default();
    let base_threshold = (top_score * 0.2).max(10.0);
    for sibling in parent.children() {
        let id = sibling.id();
        let Some(element) = sibling.value().as_element() else {
            continue;
        };
        if id == top || is_dropped(sibling, true) {
            continue;
        }
        let mut threshold = base_threshold;
        if !top_class.is_empty() && element.attr("class") == Some(top_class) {
            threshold -= top_score * 0.2;
        }
        let sibling_score = final_score.get(&id).copied().unwrap_or(0.0);
        let keep = if sibling_score >= threshold && final_score.contains_key(&id) {
            true
        } else if element.name() == "p" {
            let chars = text_chars.get(&id).copied().unwrap_or(0);
            let d = density(&id);
            (chars > 80 && d < 0.25) || (chars > 0 && chars <= 80 && d == 0.0)
        } else {
            false
        };
        if keep {
            selected.insert(id);
        }
    }
    selected
}

/// A standfirst between the headline and the chosen text, outside it.
fn add_standfirst(blocks: &[Block], chosen: &mut Vec<usize>) {
    let Some(&first) = chosen.first() else {
        return;
    };
    let headline = blocks[..first]
        .iter()
        .rposition(|b| b.kind == Kind::Heading(1));
    let Some(headline) = headline else {
        return;
    };
    let leads: Vec<usize> = (headline + 1..first)
        .filter(|&i| {
            let b = &blocks[i];
            b.standfirst && b.kind == Kind::Paragraph && b.chars() >= 40 && b.link_density() < 0.3
        })
        .take(2)
        .collect();
    if !leads.is_empty() {
        let mut with = leads;
        with.append(chosen);
        *chosen = with;
    }
}

// ---------------------------------------------------------------- cleaning

const READ_ALSO: [&str; 28] = [
    "baca juga",
    "baca:",
    "simak juga",
    "lihat juga",
    "tonton juga",
    "artikel terkait",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire également",
    "à lire également",
    "à lire",
    "voir aussi",
    "à voir aussi",
    "à voir",
    "sur le même sujet",
    "read also",
    "read more",
    "also read",
    "see also",
    "related:",
    "related article",
    "more:",
    "lea también",
    "leer también",
    "ver también",
    "leggi anche",
    "czytaj także",
];

/// An inline element whose text is a "read also" line.
fn starts_read_also(node: NodeRef<Node>) -> bool {
    let mut text = String::new();
    for t in node.descendants().filter_map(|d| d.value().as_text()) {
        text.push_str(t);
        if text.len() > 400 {
            return false;
        }
    }
    is_read_also(&collapse(&text))
}

fn is_read_also(text: &str) -> bool {
    let lower = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let lower = lower.replace(['\u{a0}', '’'], " ");
    READ_ALSO.iter().any(|p| lower.starts_with(p))
}

const BYLINE_STARTS: [&str; 14] = [
    "by ",
    "par ",
    "oleh ",
    "publié le",
    "publié ",
    "mis à jour",
    "updated",
    "published",
    "diperbarui",
    "©",
    "photo",
    "foto:",
    "crédit",
    "copyright",
];

/// Lines that invite the reader to follow, subscribe or download, at the end of many
/// articles.
const PROMOTIONS: [&str; 14] = [
    "cek berita",
    "simak breaking news",
    "dapatkan update",
    "ikuti kami",
    "ikuti whatsapp",
    "download aplikasi",
    "follow us",
    "join us on",
    "sign up for",
    "subscribe to",
    "suivez-nous",
    "suivez toute l'actualité",
    "abonnez-vous",
    "inscrivez-vous",
];

fn is_promotion(text: &str) -> bool {
    if text.chars().count() > 250 {
        return false;
    }
    let lower = text.to_lowercase().replace('’', "'");
    PROMOTIONS.iter().any(|p| lower.starts_with(p))
}

fn is_byline_or_dateline(text: &str) -> bool {
    let chars = text.chars().count();
    if chars > 100 {
        return false;
    }
    let lower = text.to_lowercase();
    if BYLINE_STARTS.iter().any(|p| lower.starts_with(p)) && chars <= 80 {
        return true;
    }
    parse_date(text).is_some() && chars <= 60
}

fn clean(blocks: &[Block], chosen: &[usize], title: Option<&str>) -> Vec<String> {
    let title_words = title.map(words);
    let mut kept: Vec<(Kind, &str)> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for &i in chosen {
        let block = &blocks[i];
        let text = block.text.as_str();
        if block.kind == Kind::Heading(1) {
            continue;
        }
        if title_words
            .as_ref()
            .is_some_and(|t| !t.is_empty() && *t == words(text))
        {
            continue;
        }
        if !text.chars().any(char::is_alphanumeric) {
            continue;
        }
        // Long prose with many inline links (tags, names) is still prose; a line that is
        // mostly links is a list of other articles.
        let limit = match block.kind {
            Kind::Item => 0.3,
            _ if block.chars() >= 200 => 0.8,
            _ => 0.5,
        };
        if block.link_density() > limit {
            continue;
        }
        if is_read_also(text) || is_byline_or_dateline(text) || is_promotion(text) {
            continue;
        }
        if !seen.insert(text) {
            continue;
        }
        kept.push((block.kind, text));
    }
    // A subhead with nothing after it introduces what was dropped (related links).
    while kept
        .last()
        .is_some_and(|(k, _)| matches!(k, Kind::Heading(_)))
    {
        kept.pop();
    }
    kept.into_iter().map(|(_, t)| t.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(html: &str) -> Vec<String> {
        paragraphs(&Html::parse_document(html), None)
    }

    const PROSE: &str = "Le conseil municipal a voté mardi soir, après trois heures de débat, \
        la rénovation complète de la halle du marché, fermée depuis l'incendie de 2021.";

    #[test]
    fn french_page_drops_lire_aussi_cookies_and_comments() {
        let page = format!(
            r#"<html><body>
<div id="cookie-banner"><p>Nous utilisons des cookies pour améliorer votre expérience, mesurer l'audience et personnaliser les contenus.</p></div>
<article><header><h1>La halle du marché sera rénovée</h1>
<p class="article__chapo">Les travaux, estimés à 4 millions d'euros, doivent commencer au printemps.</p></header>
<div class="article__content">
<p>{PROSE}</p>
<div class="lire-aussi"><span>Lire aussi</span><a href="/x">Le marché provisoire déménage</a></div>
<p>« C'est un lieu de vie pour tout le quartier », a rappelé la maire, qui promet une réouverture avant l'été 2025.</p>
<p><strong>Lire aussi :</strong> <a href="/y">Incendie de la halle : l'enquête close</a></p>
<h2>Un chantier en deux phases</h2>
<p>La charpente sera reconstruite en premier, puis les étals seront réinstallés, ce qui permettra aux commerçants de revenir progressivement.</p>
<figure><img src="a.jpg"><figcaption>La halle après l'incendie. Photo archives</figcaption></figure>
</div></article>
<section class="comments"><p>Enfin ! Cela fait trois ans que les commerçants attendent cette décision, bravo.</p></section>
</body></html>"#
        );
        assert_eq!(
            body(&page),
            vec![
                "Les travaux, estimés à 4 millions d'euros, doivent commencer au printemps.",
                PROSE,
                "« C'est un lieu de vie pour tout le quartier », a rappelé la maire, qui promet une réouverture avant l'été 2025.",
                "Un chantier en deux phases",
                "La charpente sera reconstruite en premier, puis les étals seront réinstallés, ce qui permettra aux commerçants de revenir progressivement.",
            ]
        );
    }

    #[test]
    fn loose_text_with_line_breaks_and_related_list() {
        let page = r#"<html><body><div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>
<div class="story-body">The storm made landfall early on Tuesday, bringing winds of up to 180 km/h to the coast.<br><br>
Thousands of residents were evacuated overnight, and schools will stay closed until Friday, officials said.<br><br>
Baca juga: <a href="/z">Banjir di Semarang</a><br><br>
Power was restored to most homes by the evening, according to the utility, which had crews on standby.</div>
<ul><li><a href="/1">Ten things to know about hurricanes this season</a></li><li><a href="/2">Where to donate after the storm hits</a></li></ul>
</body></html>"#;
        assert_eq!(
            body(page),
            vec![
                "The storm made landfall early on Tuesday, bringing winds of up to 180 km/h to the coast.",
                "Thousands of residents were evacuated overnight, and schools will stay closed until Friday, officials said.",
                "Power was restored to most homes by the evening, according to the utility, which had crews on standby.",
            ]
        );
    }

    #[test]
    fn article_cut_by_an_ad_break_and_inline_tag_links() {
        let page = r#"<html><body><main>
<h1>Pelabuhan Baru Dibuka di Makassar</h1>
<div class="row"><div class="col"><div class="body article-text">
<p>MAKASSAR - Pemerintah meresmikan <a class="inner-link-tag" href="/tag/pelabuhan">pelabuhan</a> baru di Makassar pada Senin, yang diharapkan memangkas biaya logistik di kawasan timur.</p>
<p>Pelabuhan itu mampu melayani kapal kontainer besar, sehingga barang dari Jawa tidak perlu lagi dibongkar di Surabaya terlebih dahulu.</p>
</div></div></div>
<div class="row"><div class="ad-slot"><p>Advertisement</p></div></div>
<div class="row"><div class="col"><div class="body article-text">
<p>Menurut pengelola, arus barang diperkirakan naik dua kali lipat dalam tiga tahun, seiring pertumbuhan industri dan perdagangan di Sulawesi.</p>
</div></div></div>
</main></body></html>"#;
        assert_eq!(
            body(page),
            vec![
                "MAKASSAR - Pemerintah meresmikan pelabuhan baru di Makassar pada Senin, yang diharapkan memangkas biaya logistik di kawasan timur.",
                "Pelabuhan itu mampu melayani kapal kontainer besar, sehingga barang dari Jawa tidak perlu lagi dibongkar di Surabaya terlebih dahulu.",
                "Menurut pengelola, arus barang diperkirakan naik dua kali lipat dalam tiga tahun, seiring pertumbuhan industri dan perdagangan di Sulawesi.",
            ]
        );
    }

    #[test]
    fn inline_read_also_inside_a_paragraph() {
        let page = format!(
            r#"<html><body><article><h1>Procès de l'imam</h1><div class="article-body">
<p>{PROSE}</p>
<p>« Une erreur dans la précipitation », plaide l'imam, qui dit avoir toujours appelé à la paix.<br><span class="capsule"><span>À LIRE AUSSI</span> <a href="/x">Un autre procès s'ouvre à Nîmes</a></span>Plusieurs fidèles de la mosquée viendront le confirmer devant le tribunal.</p>
</div></article></body></html>"#
        );
        assert_eq!(
            body(&page),
            vec![
                PROSE.to_string(),
                "« Une erreur dans la précipitation », plaide l'imam, qui dit avoir toujours appelé à la paix. Plusieurs fidèles de la mosquée viendront le confirmer devant le tribunal.".to_string(),
            ]
        );
    }

    #[test]
    fn read_also_lines() {
        assert!(is_read_also("Baca juga: Harga cabai naik"));
        assert!(is_read_also("» Lire aussi : Le budget adopté"));
        assert!(is_read_also("À lire aussi Le budget adopté"));
        assert!(!is_read_also(
            "Le lecteur peut lire aussi le rapport complet."
        ));
        assert!(is_promotion(
            "Cek berita dan artikel yang lain di Google News dan ikuti WhatsApp channel kami"
        ));
        assert!(!is_promotion(
            "Warga diminta mengikuti arahan petugas di lapangan."
        ));
    }
}
