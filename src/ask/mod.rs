//! Answering a question: its plan (see `plan::question`) ranked by the one ranker
//! (see `search`), and for a question about what someone said, the quotations of that
//! speaker (see `quotes`) that bear on the topic, best first.
//!
//! A quotation is scored by how much of the topic it holds itself, then its paragraph,
//! then the paragraphs around it (an answer often follows the question put to the
//! speaker), then its article.

pub mod answer;
pub(crate) mod gender;
pub(crate) mod number;
pub(crate) mod organisations;
pub(crate) mod quotes;

pub use answer::Found;
pub use quotes::{Attribution, Quotation, quotations};

use std::collections::HashSet;

use crate::language::Lang;
use crate::plan::{self, Correction, QueryPlan};
use crate::search::{self, Backend, Hit, SearchError, SearchOptions, Topic};
use crate::translate::Expansion;

pub use crate::plan::{Expect, Kind, Question};

/// Weights of where the topic is found, for a quotation.
const W_QUOTE: f32 = 2.0;
const W_PARAGRAPH: f32 = 1.5;
const W_NEARBY: f32 = 1.0;
const W_ARTICLE: f32 = 0.5;
/// Paragraphs before and after a quotation that count as its context.
const CONTEXT_BEFORE: usize = 2;
const CONTEXT_AFTER: usize = 1;
/// Articles whose quotations are read, from the best passages found.
const ARTICLES_READ: usize = 10;
/// Passages read for the answer when none of the best names what the question is about.
const SUBJECT_SOUGHT_HITS: usize = 100;

/// One quotation that answers.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The words quoted, without the quotation marks.
    pub quote: String,
    /// Who said it, as the article names them.
    pub speaker: String,
    /// The article (path relative to the corpus root).
    pub doc: String,
    /// The article's headline.
    pub title: String,
    /// The language of the paragraph.
    pub lang: Lang,
    /// The paragraph where the quotation opens.
    pub passage: u64,
    /// The paragraph(s) holding the quotation, as written.
    pub text: String,
    /// How well it answers: the topic's match in the quotation and its context.
    pub score: f32,
    /// How the speaker was found (named beside the quotation, or earlier).
    pub attribution: quotes::Attribution,
    /// Byte offsets of the topic's words in `quote`.
    pub highlights: Vec<[usize; 2]>,
}

/// What `ask` found: quotations for a "what did X say" question, passages for the rest.
#[derive(Debug, Clone)]
pub struct AskResults {
    /// The question, as asked.
    pub question: String,
    /// The person asked about, when the question names one.
    pub speaker: Option<String>,
    /// The topic words, as typed.
    pub topic: String,
    /// What the question asks for.
    pub kind: Kind,
    /// Quotations, best first (a "what did X say" question).
    pub answers: Vec<Answer>,
    /// Passages, best first (other questions, or when no quotation answers).
    pub hits: Vec<Hit>,
    /// How the question's words were translated (as in `search`).
    pub expansion: Vec<Expansion>,
    /// Spelling corrections made (as in `search`).
    pub corrections: Vec<Correction>,
    /// The answer itself (a person, a date, a number…), when the passages give one.
    pub answer: Option<answer::Found>,
    /// The question names someone no article names (`no article names Obama`).
    pub notice: Option<String>,
}

/// Whether the speaker a question names is the one a quotation was given to: a word of
/// one is a word of the other (`Zuckerberg` / `Mark Zuckerberg`), or its start (`Zuck`).
pub fn same_speaker(asked: &str, given: &str) -> bool {
    let given: Vec<String> = given.split_whitespace().map(str::to_lowercase).collect();
    asked.split_whitespace().map(str::to_lowercase).any(|a| {
        given
            .iter()
            .any(|g| *g == a || (a.chars().count() >= 4 && g.starts_with(&a)))
    })
}

/// Answers `question_text`.
pub fn ask(
    index: &dyn Backend,
    question_text: &str,
    options: &SearchOptions,
) -> Result<AskResults, SearchError> {
    let (mut plan, question) = plan::understand_question(question_text, options.plan_options())?;
    search::resolve(index, &mut plan)?;
    // Enough passages to read the quotations of their articles.
    let wide = SearchOptions {
        limit: options.limit.max(ARTICLES_READ * 3),
        ..options.clone()
    };
    let mut hits = search::rank(index, &plan, &wide)?.hits;
    // The answer and the quotations are read in every passage that ranks, not only in
    // the few of each article a list of results shows (`per_article`): the answer is
    // often in an article's third paragraph.
    let read = if options.per_article == 0 && options.offset == 0 {
        hits.clone()
    } else {
        let every_passage = SearchOptions {
            per_article: 0,
            offset: 0,
            ..wide.clone()
        };
        search::rank(index, &plan, &every_passage)?.hits
    };
    // "who is the chief executive of TaniKita": where the question's common words fill
    // the best passages with other stories (`Brightwave chief executive David
    // Okafor`), the article naming what it is about ranks further down; the answer is
    // read in more passages then.
    let read = if question.kind != Kind::Said && !answer::hits_name_subject(&question, &read) {
        let further = SearchOptions {
            limit: SUBJECT_SOUGHT_HITS,
            per_article: 0,
            offset: 0,
            ..wide.clone()
        };
        search::rank(index, &plan, &further)?.hits
    } else {
        read
    };
    let notice = question
        .speaker
        .as_deref()
        // Named nowhere, as a person or at all ("the governor of Nevada" is asked
        // about through a place the articles name).
        .filter(|speaker| !index.names_person(speaker) && !index.holds_words(speaker))
        .map(|speaker| format!("no article names {speaker}"));
    let found = if notice.is_none() {
        // The topic's words, to see where the best articles' other passages hold them.
        let stats = index.statistics(&plan)?;
        let topic = Topic::of(stats.as_ref(), &plan);
        answer::find(index, &question, &read, topic.as_ref())?
    } else {
        None
    };
    let answers = if question.kind == Kind::Said {
        said(index, &plan, &question, &read, options)?
    } else {
        Vec::new()
    };
    hits.truncate(options.limit);
    Ok(AskResults {
        question: question.question,
        speaker: question.speaker,
        topic: question.topic,
        kind: question.kind,
        answers,
        hits,
        expansion: plan.expansion,
        corrections: plan.corrections,
        answer: found,
        notice,
    })
}

/// The quotations of the question's speaker (or of anyone named, when it names no
/// one) in the articles of `hits`, scored by the topic.
fn said(
    index: &dyn Backend,
    plan: &QueryPlan,
    question: &Question,
    hits: &[Hit],
    options: &SearchOptions,
) -> Result<Vec<Answer>, SearchError> {
    let stats = index.statistics(plan)?;
    let topic = Topic::of(stats.as_ref(), plan);
    let mut seen = HashSet::new();
    let docs: Vec<&str> = hits
        .iter()
        .map(|h| h.doc.as_str())
        .filter(|d| seen.insert(*d))
        .take(ARTICLES_READ)
        .collect();
    let mut answers = Vec::new();
    for doc in docs {
        let article = index.article(doc)?;
        let texts: Vec<&str> = article.iter().map(|p| p.text.as_str()).collect();
        let Some(first) = article.first() else {
            continue;
        };
        let article_lang = first.lang;
        let article_cov = topic.as_ref().map_or(0.0, |t| {
            let whole = format!("{}\n{}", first.title, texts.join("\n"));
            t.coverage(&whole, article_lang)
        });
        for q in quotes::quotations(&texts) {
            let Some(speaker) = q.speaker.clone() else {
                continue;
            };
            if let Some(asked) = &question.speaker
                && !same_speaker(asked, &speaker)
            {
                continue;
            }
            let lang = article[q.first].lang;
            let (score, highlights) = match &topic {
                Some(t) => {
                    let own = t.coverage(&q.text, lang);
                    let paragraph = (q.first..=q.last)
                        .map(|i| t.coverage(&article[i].text, article[i].lang))
                        .fold(0.0f32, f32::max);
                    let nearby = (q.first.saturating_sub(CONTEXT_BEFORE)
                        ..=(q.last + CONTEXT_AFTER).min(article.len() - 1))
                        .filter(|i| !(q.first..=q.last).contains(i))
                        .map(|i| {
                            let distance = if i < q.first { q.first - i } else { i - q.last };
                            t.coverage(&article[i].text, article[i].lang) / distance as f32
                        })
                        .fold(0.0f32, f32::max);
                    let score = W_QUOTE * own
                        + W_PARAGRAPH * paragraph
                        + W_NEARBY * nearby
                        + W_ARTICLE * article_cov;
                    (score, t.highlights(&q.text, lang))
                }
                None => (1.0, Vec::new()),
            };
            if score <= 0.0 {
                continue;
            }
            if options.lang.is_some_and(|l| l != lang) {
                continue;
            }
            let text = (q.first..=q.last)
                .map(|i| article[i].text.as_str())
                .collect::<Vec<_>>()
                .join("\n\n");
            answers.push(Answer {
                quote: q.text,
                speaker,
                doc: doc.to_string(),
                title: first.title.clone(),
                lang,
                passage: article[q.first].passage,
                text,
                score,
                attribution: q.attribution,
                highlights,
            });
        }
    }
    // Best first; equal scores keep the article's order.
    answers.sort_by(|a, b| b.score.total_cmp(&a.score));
    answers.truncate(options.limit);
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_match_by_name_word() {
        assert!(same_speaker("Zuckerberg", "Mark Zuckerberg"));
        assert!(same_speaker("zuck", "Mark Zuckerberg"));
        assert!(same_speaker("Jensen Huang", "Huang"));
        assert!(!same_speaker("Huang", "Mark Zuckerberg"));
    }
}
