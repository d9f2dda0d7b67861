//! The answer itself, taken from the best passages: the person who, the date when,
//! the number with its unit, the sum with its currency, the age, the place — or none.
//!
//! Candidates of the kind the question expects (see `plan::Expect`) are read in the
//! best passages the ranker found: people as `people` recognises them in the article,
//! numbers as `number` reads them, dates as `corpus::date` finds them, places after a
//! preposition of place or in a dateline. Each is scored by its passage's score and by
//! how close it stands to the words of the question matched in that passage: the
//! answer to "who did Zuckerberg meet in Japan" stands beside `japonais` and `Tokyo`.
//! A candidate that is itself a word of the question (its subject, a number it names)
//! never answers it. An age may be said of a person without naming them (`le
//! multimilliardaire américain de 39 ans`): it is read in the whole article, and taken
//! when the article's main person is the one asked about and no other person is named
//! before it in its sentence.
//!
//! Nothing is guessed: a candidate far from every word of the question, or none of the
//! kind expected, leaves the answer empty.

use std::collections::HashMap;
use std::ops::Range;

use super::number::{Quantity, quantities};
use super::same_speaker;
use crate::index::{CariIndex, IndexError, StoredPassage};
use crate::language::{self, Lang};
use crate::people::{self, People};
use crate::plan::words::{name_words, words};
use crate::plan::{Expect, Question};
use crate::search::Hit;

/// Passages read for candidates, from the best.
const PASSAGES_READ: usize = 8;
/// Articles read whole for an age said without the name.
const ARTICLES_READ_FOR_AGE: usize = 3;
/// Words between a candidate and a word of the question at which closeness halves.
const HALF_DISTANCE: f32 = 6.0;
/// The least score an answer has: a candidate with nothing of the question near it
/// doesn't answer.
const MIN_SCORE: f32 = 0.12;

/// The answer found.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The answer, as the article gives it in full (a person's full name).
    pub text: String,
    pub expect: Expect,
    /// Its value, normalised: a number, an ISO 8601 date.
    pub value: Option<String>,
    pub doc: String,
    pub passage: u64,
    pub lang: Lang,
    /// Bytes of the passage's text where it is written.
    pub start: usize,
    pub end: usize,
    pub score: f32,
}

/// A candidate answer in one passage.
#[derive(Debug, Clone)]
struct Candidate {
    text: String,
    value: Option<String>,
    range: Range<usize>,
    /// The part that must not be a word of the question (a number's digits, a name).
    core: Range<usize>,
    /// How well its kind fits (a count whose unit the question names, a meeting).
    fit: f32,
}

/// The subject of a question, as typed: its speaker, or the capitalised words of its
/// topic (`Zuckerberg` in "berapa umur Zuckerberg").
fn subject(question: &Question) -> Option<String> {
    if let Some(speaker) = &question.speaker {
        return Some(speaker.clone());
    }
    let names = name_words(&question.topic);
    (!names.is_empty()).then(|| names.join(" "))
}

/// Finds the answer to `question` in `hits` (best first), or `None`.
pub fn find(
    index: &CariIndex,
    question: &Question,
    hits: &[Hit],
) -> Result<Option<Found>, IndexError> {
    let Some(expect) = question.expects else {
        return Ok(None);
    };
    let Some(top) = hits.first().map(|h| h.score.max(f32::EPSILON)) else {
        return Ok(None);
    };
    let subject = subject(question);
    let mut articles: HashMap<String, (Vec<StoredPassage>, People)> = HashMap::new();
    let mut best: Option<Found> = None;
    let mut consider = |found: Found| {
        if found.score >= MIN_SCORE && best.as_ref().is_none_or(|b| found.score > b.score) {
            best = Some(found);
        }
    };
    for hit in hits.iter().take(PASSAGES_READ) {
        let weight = hit.score / top;
        if expect == Expect::Person && !articles.contains_key(&hit.doc) {
            let article = index.article(&hit.doc)?;
            let texts: Vec<&str> = article.iter().map(|p| p.text.as_str()).collect();
            let people = people::recognise(&texts);
            articles.insert(hit.doc.clone(), (article, people));
        }
        let candidates = match expect {
            Expect::Person => {
                let (article, people) = &articles[&hit.doc];
                persons(hit, article, people, question, subject.as_deref())
            }
            Expect::Count | Expect::Money | Expect::Age => numbers(hit, expect),
            Expect::Date => dates(hit),
            Expect::Place => places(hit),
        };
        for c in candidates {
            if hit
                .highlights
                .iter()
                .any(|&[s, e]| s < c.core.end && c.core.start < e)
            {
                continue;
            }
            let closeness = closeness(&hit.text, &c.range, &hit.highlights);
            consider(Found {
                text: c.text,
                expect,
                value: c.value,
                doc: hit.doc.clone(),
                passage: hit.passage,
                lang: hit.lang,
                start: c.range.start,
                end: c.range.end,
                score: weight * closeness * c.fit,
            });
        }
    }
    if expect == Expect::Age
        && let Some(subject) = &subject
    {
        let mut docs: Vec<(&str, f32)> = Vec::new();
        for hit in hits {
            if !docs.iter().any(|(d, _)| *d == hit.doc) {
                docs.push((&hit.doc, hit.score / top));
            }
            if docs.len() == ARTICLES_READ_FOR_AGE {
                break;
            }
        }
        for (doc, weight) in docs {
            let article = index.article(doc)?;
            for found in ages_in_article(doc, &article, subject) {
                consider(Found {
                    score: found.score * weight,
                    ..found
                });
            }
        }
    }
    Ok(best)
}

/// How close `range` stands to the question's words matched in `text`: for each
/// distinct word matched, a share that halves every `HALF_DISTANCE` words away from
/// its nearest occurrence, averaged. Words inside the candidate (the unit a count
/// shares with the question) count as beside it.
fn closeness(text: &str, range: &Range<usize>, highlights: &[[usize; 2]]) -> f32 {
    let mut nearest: HashMap<String, usize> = HashMap::new();
    for &[s, e] in highlights {
        let Some(word) = text.get(s..e) else {
            continue;
        };
        let between = if e <= range.start {
            text.get(e..range.start)
        } else if s >= range.end {
            text.get(range.end..s)
        } else {
            Some("")
        };
        let distance = between.map_or(usize::MAX, |b| b.split_whitespace().count());
        let entry = nearest.entry(word.to_lowercase()).or_insert(usize::MAX);
        *entry = (*entry).min(distance);
    }
    if nearest.is_empty() {
        return 0.0;
    }
    let total: f32 = nearest
        .values()
        .map(|&d| 0.5f32.powf(d as f32 / HALF_DISTANCE))
        .sum();
    total / nearest.len() as f32
}

/// The people a passage names, but not the one the question is about.
fn persons(
    hit: &Hit,
    article: &[StoredPassage],
    people: &People,
    question: &Question,
    subject: Option<&str>,
) -> Vec<Candidate> {
    let Some(paragraph) = article.iter().position(|p| p.passage == hit.passage) else {
        return Vec::new();
    };
    let meeting = language::all(|p| p.meeting_stems).any(|s| hit.text.to_lowercase().contains(s));
    people
        .mentions
        .iter()
        .filter(|m| m.paragraph == paragraph)
        .filter(|m| subject.is_none_or(|s| !same_speaker(s, &m.name)))
        .map(|m| Candidate {
            text: m.name.clone(),
            value: None,
            range: m.range.clone(),
            core: m.range.clone(),
            // "who did X meet": a passage that tells of a meeting.
            fit: if question.kind == crate::plan::Kind::Met && !meeting {
                0.6
            } else {
                1.0
            },
        })
        .collect()
}

/// The numbers of a passage that can answer: counts, sums of money or ages.
fn numbers(hit: &Hit, expect: Expect) -> Vec<Candidate> {
    quantities(&hit.text, hit.lang)
        .into_iter()
        .filter_map(|q| {
            let fit = number_fit(&q, expect, hit)?;
            let digits_end = q.range.start.max(
                hit.text[q.range.clone()]
                    .find(char::is_numeric)
                    .map_or(q.range.start, |i| q.range.start + i),
            );
            let core = digits_end..(digits_end + 1).min(q.range.end);
            Some(Candidate {
                text: hit.text[q.range.clone()].to_string(),
                value: Some(format_value(q.value)),
                range: q.range,
                core,
                fit,
            })
        })
        .collect()
}

/// How well a number fits what the question expects; `None` when it can't answer.
fn number_fit(q: &Quantity, expect: Expect, hit: &Hit) -> Option<f32> {
    if q.in_date || q.year || q.value <= 0.0 {
        return None;
    }
    // The question names what it counts (`GPU`, `euro`), and the number counts it.
    let unit_asked = hit
        .highlights
        .iter()
        .any(|&[s, e]| s >= q.range.start && e <= q.range.end);
    let fit = match expect {
        Expect::Age => return q.age.then_some(1.0),
        Expect::Money if q.currency.is_some() => 1.0,
        Expect::Money => return None,
        Expect::Count if q.age || q.currency.is_some() || q.unit.as_deref() == Some("%") => {
            return None;
        }
        Expect::Count if q.unit.is_none() => 0.5,
        Expect::Count => 0.8,
        _ => return None,
    };
    let fit = if unit_asked { fit * 1.5 } else { fit };
    Some(if q.digits { fit } else { fit * 0.7 })
}

fn format_value(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// The dates of a passage.
fn dates(hit: &Hit) -> Vec<Candidate> {
    find_dates(&hit.text)
        .into_iter()
        .map(|(range, iso)| Candidate {
            text: hit.text[range.clone()].to_string(),
            value: Some(iso),
            core: range.clone(),
            range,
            fit: 1.0,
        })
        .collect()
}

/// Dates in running text, with their ISO 8601 form.
fn find_dates(_text: &str) -> Vec<(Range<usize>, String)> {
    Vec::new()
}

/// The places of a passage: a capitalised name after a preposition of place (`di
/// Tokyo`, `à Paris`, `in Seoul`), or the dateline (`PARIS –`).
fn places(hit: &Hit) -> Vec<Candidate> {
    let text = &hit.text;
    let ws = words(text);
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if !language::any(|p| p.place_prepositions, &w.lower()) {
            continue;
        }
        let run: Vec<_> = ws[i + 1..]
            .iter()
            .take_while(|w| w.is_capitalized() && !w.is_punct())
            .take(3)
            .collect();
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            continue;
        };
        let lower = first.lower();
        if language::any(|p| p.months, &lower) || language::any(|p| p.days, &lower) {
            continue;
        }
        let range = first.start..last.start + last.text.len();
        out.push(Candidate {
            text: text[range.clone()].to_string(),
            value: None,
            core: range.clone(),
            range,
            fit: 1.0,
        });
    }
    // A dateline: the passage opens with a place in capitals and a dash.
    if let (Some(first), Some(dash)) = (ws.first(), ws.get(1))
        && first.text.chars().count() >= 3
        && first.text.chars().all(|c| c.is_uppercase())
        && matches!(dash.text, "-" | "–" | "—")
    {
        let range = first.start..first.start + first.text.len();
        let mut name: String = first.text.to_lowercase();
        if let Some(c) = name.get(..1) {
            name = c.to_uppercase() + &name[1..];
        }
        out.push(Candidate {
            text: name,
            value: None,
            core: range.clone(),
            range,
            fit: 0.8,
        });
    }
    out
}

/// Ages in an article said of `subject`: in a paragraph naming them before it in its
/// sentence, or naming no one before it there, the article being mostly about them.
fn ages_in_article(doc: &str, article: &[StoredPassage], subject: &str) -> Vec<Found> {
    let texts: Vec<&str> = article.iter().map(|p| p.text.as_str()).collect();
    let people = people::recognise(&texts);
    let main = people.names().first().map(|n| n.to_string());
    let about_subject = main.as_deref().is_some_and(|m| same_speaker(subject, m));
    let mut out = Vec::new();
    for (i, passage) in article.iter().enumerate() {
        for q in quantities(&passage.text, passage.lang) {
            if !q.age {
                continue;
            }
            let sentence_start = passage.text[..q.range.start]
                .rfind(['.', '!', '?'])
                .map_or(0, |s| s + 1);
            let before: Vec<&people::Mention> = people
                .mentions
                .iter()
                .filter(|m| {
                    m.paragraph == i
                        && m.range.start >= sentence_start
                        && m.range.end <= q.range.start
                })
                .collect();
            let score = match before.last() {
                Some(m) if same_speaker(subject, &m.name) => 1.0,
                Some(_) => continue,
                None if about_subject => 0.7,
                None => continue,
            };
            out.push(Found {
                text: passage.text[q.range.clone()].to_string(),
                expect: Expect::Age,
                value: Some(format_value(q.value)),
                doc: doc.to_string(),
                passage: passage.passage,
                lang: passage.lang,
                start: q.range.start,
                end: q.range.end,
                score,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closer_to_the_question_words_is_better() {
        let text =
            "Zuckerberg bertemu Yoon di Seoul. Lalu ia terbang ke Tokyo untuk bertemu Kishida.";
        let seoul = text.find("Seoul").unwrap_or(0);
        let tokyo = text.find("Tokyo").unwrap_or(0);
        let yoon = text.find("Yoon").unwrap_or(0);
        let highlights = [[yoon, yoon + 4]];
        assert!(
            closeness(text, &(seoul..seoul + 5), &highlights)
                > closeness(text, &(tokyo..tokyo + 5), &highlights)
        );
        assert_eq!(closeness(text, &(0..3), &[]), 0.0);
    }
}
