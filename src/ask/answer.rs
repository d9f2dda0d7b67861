//! The answer itself, taken from the best passages: the person who, the date when,
//! the number with its unit, the sum with its currency, the age, the place — or none.
//!
//! Candidates of the kind the question expects (see `plan::Expect`) are read in the
//! best passages the ranker found: people as `people` recognises them in the article,
//! numbers as `number` reads them, dates as `corpus::date` finds them (and years
//! alone), places after a preposition of place, as venues (`Prospera Place`) or in a
//! dateline. Each is scored by its passage's score and by how close it stands to the
//! words of the question matched in that passage: the answer to "who did Zuckerberg
//! meet in Japan" stands beside `japonais` and `Tokyo`. A candidate that is itself a
//! word of the question (its subject, a number it names) never answers it. An age may
//! be said of a person without naming them (`le multimilliardaire américain de 39
//! ans`): it is read in the whole article, and taken when the article's main person is
//! the one asked about and no other person is named before it in its sentence.
//!
//! How a candidate's kind fits the question, by general rules: a number counting what
//! the question counts (compared in base forms, roots and translations: `rumah` /
//! `homes`) fits better, a measure the question doesn't ask, a count of another year
//! or a target fit less; a year answers a question about a beginning (`didirikan`,
//! `fondée`, `founded`), read in the whole article where a sentence tells one; a
//! person named in the role the question asks (a role noun, or a verb of leading)
//! gains, and is also looked for in the whole article; an organisation answers a plain
//! "who" only when the question asks nothing that only befalls a person (`prison`).
//! A number whose unit is another word of the question than the one counted (`a 6.2
//! earthquake` for "how many aftershocks") doesn't count it; the age of someone asked
//! by role (`the captain`) is the age of the person named in it; a date in brackets
//! after its weekday is answered with it (`Rabu (12/11/2025)`); a place after a word
//! of origin (`dari`, `from`) fits less unless the question asks where from.
//!
//! A question put in the future (`when will …`, `seront-ils`) is answered by a date to
//! come, a month or a year as well as a day; a part counts what its whole counts
//! (`Dari 23 sumber air, delapan …`); a time of day counts nothing. An organisation
//! partly named after the question's words still answers (by the share of its own
//! words); one named by a business's word answers "which company" surer; who leads a
//! body (`qui préside la CCI`) is a person, its chief or president, looked for in the
//! whole article.
//!
//! A day is answered in the fullest form its article gives of it (`Thursday, November
//! 26` for the `Thursday` of the best passage).
//!
//! The best articles' other passages are read too, at half their article's score,
//! with the topic's words they hold: an answer is often told a paragraph away from the
//! one holding most of the question's words.
//!
//! Nothing is guessed: a candidate far from every word of the question, or none of the
//! kind expected, leaves the answer empty.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::gender;
use super::number::{Quantity, quantities};
use super::organisations::{self, OrgCue, OrgMention};
use super::quotes::{deputy_in_word, is_common_word, role_class};
use super::same_speaker;
use crate::index::StoredPassage;
use crate::language::{self, Lang};
use crate::people::{self, People};
use crate::plan::words::{Word, name_words, words};
use crate::plan::{Expect, Kind, Question};
use crate::search::{Backend, Hit, SearchError, Topic};
use crate::translate::english;

/// What a candidate gains in the sentence writing the day the question names.
const DAY_NAMED: f32 = 1.5;
/// What a candidate gains in the sentence writing a figure the question gives (`120
/// ppm`): more than a day, which many events share.
const FIGURE_NAMED: f32 = 2.5;
/// Passages read for candidates, from the best.
const PASSAGES_READ: usize = 8;
/// Articles read whole for an age or a meeting told without the name.
const ARTICLES_READ_WHOLE: usize = 3;
/// What an article that never names the question's subject keeps of its score.
const OFF_SUBJECT: f32 = 0.15;
/// What an article keeps that names some of the people a question names, not all
/// (`quand Zuckerberg a-t-il rencontré Kishida`, read in an article on his meeting
/// someone else).
const PARTLY_ON_SUBJECT: f32 = 0.4;
/// What a person named before the verb of meeting keeps (the one who met, not the
/// one met).
const BEFORE_MEETING: f32 = 0.6;
/// What a candidate read outside the best passages keeps (no word of the topic was
/// seen near it).
const ARTICLE_LEVEL: f32 = 0.5;
/// What a passage of one of the best articles that the ranker didn't put among the
/// best keeps of its article's best score.
const FURTHER_PASSAGE: f32 = 0.5;
/// How close the one candidate of the kind asked in the best passage stands at least.
const ALONE_IN_BEST: f32 = 0.4;
/// The closeness of the first sum or count of a passage of the best article holding
/// none of the question's words, where no passage holds one near them.
const UNSAID_NEAR: f32 = 0.25;
/// Whether the sum at `range` of `text` is a limit, not a sum paid or found (`a fine of
/// up to RM1 million`, `jusqu'à 75 000 euros d'amende`, `denda maksimal Rp 1 miliar`).
fn a_limit(text: &str, range: &Range<usize>) -> bool {
    match words_before(text, range.start).1.as_slice() {
        [.., up, to] if up.lower() == "up" && to.lower() == "to" => true,
        [.., last] => LIMIT_WORDS.contains(&last.lower().as_ref()),
        [] => false,
    }
}

/// Words before a sum that make it a limit (see `a_limit`), lower case.
const LIMIT_WORDS: &[&str] = &[
    "jusqu'à",
    "jusqu’à",
    "maximum",
    "maximale",
    "maksimal",
    "maksimum",
    "hingga",
    "sampai",
];

/// Whether the question's words (lower case) ask for one of something (`each`, `le
/// trajet simple`) or for it by a unit of measure, which may be written joined to its
/// number (`a 3-kilogram cylinder`): what one costs is no whole cost.
fn asks_one_of(asked_lower: &[String]) -> bool {
    asked_lower.iter().any(|w| {
        let unit = w.rsplit_once('-').map_or(w.as_str(), |(_, u)| u);
        language::ONE_OF_WORDS.contains(&w.as_str()) || language::any(|p| p.measure_units, unit)
    })
}

/// What a sum keeps when a total is asked and its article gives a larger one.
const NOT_THE_TOTAL: f32 = 0.6;
/// How many times smaller than its article's largest sum a sum is far from the total
/// asked, and keeps `NOT_THE_TOTAL` twice.
const FAR_FROM_THE_TOTAL: f64 = 1000.0;

/// What a sum of `value` keeps when a total is asked and its article's largest sum is
/// `largest`: less when smaller, less again when a thousandth of it or less (`600
/// ariary` of a bus fare, where the market cost `3,6 milliards d'ariary`).
fn total_fit(value: f64, largest: f64) -> f32 {
    if value >= largest {
        1.0
    } else if value * FAR_FROM_THE_TOTAL < largest {
        NOT_THE_TOTAL * NOT_THE_TOTAL
    } else {
        NOT_THE_TOTAL
    }
}
/// What an organisation keeps when a plain "who" asks (a person is likelier meant).
const ORGANISATION_FOR_WHO: f32 = 0.6;
/// What an organisation keeps more when the question asks who someone is (`who is
/// the epidemiologist …`).
const WHO_IS: f32 = 0.5;
/// What an acronym no cue makes an organisation keeps (`GPU` is written the same way).
const ACRONYM_ONLY: f32 = 0.5;
/// What a name of capitalised words no cue makes an organisation keeps.
const CAPITALISED_ONLY: f32 = 0.4;
/// What a word of the question the passage lacks counts for closeness: as much as one
/// two halvings away (the passage may say it otherwise: `CEO` for `chief executive`).
const ABSENT_WORD: f32 = 0.25;
/// What an age said in the sentence after the one naming the person keeps (`Samuel
/// Adeyemi … . Le joueur de 23 ans …`).
const PREVIOUS_SENTENCE: f32 = 0.8;
/// Words a sentence's end between a candidate and a word of the question counts for.
const SENTENCE_GAP: usize = 6;
/// What a sum of money keeps when the question counts (`berapa cadangan devisa`,
/// `combien … a-t-elle collecté`): "berapa" and "combien" ask either.
const MONEY_FOR_COUNT: f32 = 0.6;
/// What a sum keeps more of that, where the question names what it counts.
const MONEY_FOR_COUNTED: f32 = 0.7;
/// What it keeps instead where the question counts a noun in the words that ask only a
/// count (`how many seats`, `combien de boutiques`): not "berapa", nor "combien" alone,
/// which ask a sum as often.
const MONEY_FOR_MANY: f32 = 0.3;
/// What a sum keeps more of that, where what the question counts is people.
const MONEY_FOR_PEOPLE: f32 = 0.25;
/// What an organisation written as a place (`at the Southside University Hospital`,
/// `di Kantor …`) keeps when the question asks who did something.
const ORGANISATION_AS_PLACE: f32 = 0.7;
/// What an organisation whose name holds a business's word gains when the question
/// asks for a company.
const COMPANY_ASKED: f32 = 1.5;
/// What an organisation named after the question's subject keeps.
const NAMED_AFTER_SUBJECT: f32 = 0.5;
/// What a person named in the role the question asks (`le président du club, Marc
/// Delorme` for "siapa presiden …") gains: more than a passage nearer the question's
/// other words brings someone named in no role or in another (the lawyer of a case
/// written beside the town asked about, against the town's president).
const ROLE_ASKED: f32 = 2.5;
/// What a person gains, beyond the role's kind, for a role written with the very noun
/// the question asks by.
const SAME_ROLE_WORD: f32 = 1.3;
/// What a person gains who is written beside the noun the question asks a person by
/// where no role of the tables names it (`une élue d'opposition, Anne Ropars` for
/// "quelle élue d'opposition …"): less than a role, the noun may name other things.
const NOUN_ASKED: f32 = 2.5;
/// What a person the article names in the role asked keeps, found outside the best
/// passages.
const ROLE_IN_ARTICLE: f32 = 0.38;
/// What a person named as a chief gains when the question asks with a verb of leading
/// (`qui commande …`): less than a role named, the verb only suggests one.
const LEADING_ASKED: f32 = 2.0;
/// What a person named after a passive verb of leading gains when the question asks
/// who leads (`dirigée par Dr Aïssatou Bah`): the passage's own words say it, more
/// than a role of some body does.
const LED_BY: f32 = 2.5;
/// What a chief gains when the question asks who presides: a chair is likelier.
const CHIEF_FOR_PRESIDING: f32 = 1.5;
/// What a body, a place or a date named in an article's first passage keeps when the
/// question asks one. The lead sums the story up: it holds the words every question
/// about the story shares, so whatever it names stands close to them, whether it
/// answers or not. Fitted on the judged questions (a person, a count, a sum or an age
/// of the lead answers as often as its closeness says, and keeps its score).
const LEAD: f32 = 0.6;

/// The score of a candidate of the lead (see `LEAD`): lowered, but never below the
/// least an answer has when it reached it, so a day only the lead gives still answers.
fn in_lead(score: f32) -> f32 {
    if score >= MIN_SCORE {
        (score * LEAD).max(MIN_SCORE)
    } else {
        score
    }
}
/// Words between a candidate and a word of the question at which closeness halves.
const HALF_DISTANCE: f32 = 6.0;
/// The least score an answer has: a candidate with nothing of the question near it
/// doesn't answer. Over the judged questions, the best candidates scoring 0.06 to 0.08
/// are right as often as those scoring 0.08 to 0.2 (half of them); below 0.06, almost
/// none is.
const MIN_SCORE: f32 = 0.06;

/// The kind of role of chiefs, first of `language::ROLE_KINDS`.
const CHIEF: usize = 0;
/// The kind of role of presidents and chairs, third of `language::ROLE_KINDS`.
const PRESIDENT: usize = 2;

/// The answer found.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The answer, as the article gives it in full (a person's full name).
    pub text: String,
    /// The kind of thing it is.
    pub expect: Expect,
    /// Its value, normalised: a number, an ISO 8601 date.
    pub value: Option<String>,
    /// The article, as `Hit::doc`.
    pub doc: String,
    /// The passage of the article where it is written, as `Hit::passage`.
    pub passage: u64,
    /// The passage's language.
    pub lang: Lang,
    /// Where it is written: bytes `start..end` of the passage's text.
    pub start: usize,
    /// See `start`.
    pub end: usize,
    /// How sure: its passage's share of the best score, times its closeness to the
    /// question's words and how well its kind fits.
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
    /// What it is, when not what the question expects (an organisation answering
    /// "who").
    kind: Option<Expect>,
}

/// The subject of a question, as typed: its speaker, or the capitalised words of its
/// topic (`Zuckerberg` in "berapa umur Zuckerberg").
fn subject(question: &Question) -> Option<String> {
    if let Some(speaker) = &question.speaker {
        return Some(speaker.clone());
    }
    let ws = words(&question.topic);
    let opener = capitalised_as_opener(&question.question);
    let names: Vec<&str> = name_words(&question.topic)
        .into_iter()
        .filter(|n| {
            ws.iter().position(|w| w.text == *n).is_none_or(|i| {
                let opens = i == 0 && opener.as_deref() == Some(*n);
                !is_demonym(&ws, i) && !opens
            })
            // `sejak Januari`: a month or a day is when, not what is asked about.
            && language::month_of(n).is_none()
            && language::weekday_of(n).is_none()
        })
        .collect();
    (!names.is_empty()).then(|| names.join(" "))
}

/// `Rumah sakit apa yang merawat Dimas`: the question's first word, when written with
/// a capital only because it opens the sentence, which makes it no name: a word of the
/// dictionaries (as written, or by its root or base form: `Kepolisian`, of `polisi`)
/// followed by a word in lower case (`Zuckerberg bertemu siapa` keeps its name, which
/// no dictionary holds).
fn capitalised_as_opener(question: &str) -> Option<String> {
    let ws = words(question);
    let first = ws.first()?;
    let next = ws.get(1)?;
    let lower = first.lower();
    (first.is_capitalized()
        && !next.is_punct()
        && !next.is_capitalized()
        && (!translations(&lower).is_empty() || !crate::translate::senses(&lower).is_empty()))
    .then(|| first.text.to_string())
}

/// The name a question writes first and sets off with a comma from what describes it
/// (`Gabriel` of "berapa umur Gabriel, anak Veronika Lusi …", `Ana Sousa` of "how old
/// is Ana Sousa, the club's captain"), when it does.
fn named_before_comma(question: &str) -> Option<&str> {
    let ws = words(question);
    // Past the question's first word, capitalised as a sentence opens.
    let start = ws.iter().skip(1).position(|w| w.is_capitalized())? + 1;
    let end = start
        + ws[start..]
            .iter()
            .take_while(|w| w.is_capitalized())
            .count();
    (ws.get(end)?.text == ",").then(|| {
        let last = &ws[end - 1];
        &question[ws[start].start..last.start + last.text.len()]
    })
}

/// Whether the capitalised `ws[i]` of an English question is an adjective of a
/// country or a people (`the Indonesian national championships`, `a Kenyan union`):
/// a demonym's ending, and a lower-case word after it that it describes. It names
/// what is asked about no more than `nasional` does, and an article may never write
/// the country's name. The dictionaries translate a demonym into another word
/// (`Kenyan` → `kényan`, `Israeli` → `israélien`), not a town that ends alike (`the Chicoutimi food bank`).
fn is_demonym(ws: &[Word], i: usize) -> bool {
    let lower = ws[i].lower();
    language::en::DEMONYM_ENDINGS
        .iter()
        .any(|e| lower.ends_with(e) && lower.len() > e.len() + 2)
        && ws
            .get(i + 1)
            .is_some_and(|n| !n.is_punct() && !n.is_capitalized())
        && translations(&lower).iter().any(|t| *t != lower)
}

/// The answer to a question asking by a noun no class of words knows (see
/// `Question::kind_noun`): read as asking a place, a body, a person and a sum in turn
/// (`quelle rallonge` asks a sum), the best of the names and sums the passages write
/// beside that noun; none when none is.
fn find_by_kind_noun(
    index: &dyn Backend,
    question: &Question,
    hits: &[Hit],
    topic: Option<&Topic>,
) -> Result<Option<Found>, SearchError> {
    let mut best: Option<Found> = None;
    // The articles are read and their people recognised once for the four.
    let mut articles = ArticlesRead::new();
    for (expect, kind) in [
        (Expect::Place, Kind::Topic),
        (Expect::Organisation, Kind::Who),
        (Expect::Person, Kind::Who),
        (Expect::Money, Kind::HowMany),
    ] {
        let asked = Question {
            expects: Some(expect),
            kind,
            ..question.clone()
        };
        if let Some(found) = find_reading(index, &asked, hits, topic, &mut articles)?
            && best.as_ref().is_none_or(|b| found.score > b.score)
        {
            best = Some(found);
        }
    }
    Ok(best)
}

/// Finds the answer to `question` in `hits` (best first), or `None`.
pub fn find(
    index: &dyn Backend,
    question: &Question,
    hits: &[Hit],
    topic: Option<&Topic>,
) -> Result<Option<Found>, SearchError> {
    if question.expects.is_none() && question.kind_noun.is_some() {
        return find_by_kind_noun(index, question, hits, topic);
    }
    find_reading(index, question, hits, topic, &mut ArticlesRead::new())
}

/// The articles `find` has read, by name: their passages, their people, and their
/// organisations once a question asked for them. Kept across the readings of one
/// question as different kinds (see `find_by_kind_noun`).
type ArticlesRead = HashMap<String, (Vec<StoredPassage>, People, Option<Vec<OrgMention>>)>;

/// `find`, with the articles read so far.
fn find_reading(
    index: &dyn Backend,
    question: &Question,
    hits: &[Hit],
    topic: Option<&Topic>,
    articles: &mut ArticlesRead,
) -> Result<Option<Found>, SearchError> {
    let Some(expect) = question.expects else {
        return Ok(None);
    };
    let Some(top) = hits.first().map(|h| h.score.max(f32::EPSILON)) else {
        return Ok(None);
    };
    let subject = subject(question);
    let other_names = other_names(question);
    let BestArticles {
        read: best_read,
        topic_fit,
        passages: weighed_passages,
    } = best_articles(index, hits, top, subject.as_deref(), &other_names, topic)?;
    // An article's passages, from those read to weigh it when they were.
    let article_of = |doc: &str| -> Result<Vec<StoredPassage>, SearchError> {
        match weighed_passages.get(doc) {
            Some(passages) => Ok(passages.clone()),
            None => index.article(doc),
        }
    };
    // "which settlement …": the noun asked by and its translations, folded; only a
    // name written beside one of them answers (see `introduced_by`).
    let kind_noun_forms: Option<Vec<String>> = question.kind_noun.as_deref().map(|noun| {
        let mut forms: Vec<String> = translations(noun).iter().map(|t| folded(t)).collect();
        forms.push(folded(noun));
        forms
    });
    // What the question counts, in the forms a number's unit may take (`GPUs` → `gpu`,
    // `rumah` → `homes`).
    let mut asked_units = AskedUnits::of(&question.topic);
    asked_units.share = crate::plan::question::asks_share(&question.question);
    // "what is the total compensation fund": a sum in all, not a rate (`Rp 25.000 per
    // ekor`), unless the question asks one too ("how much per head").
    let asked_lower: Vec<String> = words(&question.question)
        .iter()
        .map(|w| super::quotes::without_elision(&w.lower()).to_string())
        .collect();
    // `a` of "combien a coûté" is French "has": an article says "per" in a question
    // only before a span of time ("for a day").
    // "a monthly bonus", "le prix au kilo": a rate asked by its adjective, or by
    // French `au` before a unit of measure.
    asked_units.rate = (0..asked_lower.len()).any(|i| {
        says_rate(&asked_lower, i)
            && (!language::any(|p| p.articles, &asked_lower[i])
                || asked_lower
                    .get(i + 1)
                    .is_some_and(|u| language::any(|p| p.duration_units, u)))
            || language::RATE_ADJECTIVES.contains(&asked_lower[i].as_str())
            || asked_lower[i] == "au"
                && asked_lower
                    .get(i + 1)
                    .is_some_and(|u| language::any(|p| p.measure_units, u))
    });
    // "Menurut penyelenggara, berapa produsen …": a phrase before the question word
    // leaves the topic's opening no noun; the noun after the question word is counted.
    if asked_units.counted.is_empty()
        && let Some(noun) = noun_after_how_many(&asked_lower)
    {
        asked_units.count_noun(noun);
    }
    asked_units.many = asks_only_a_count(&question.question);
    asked_units.english_many = asked_lower
        .windows(2)
        .any(|pair| pair[0] == "how" && pair[1] == "many");
    // "how long is the detour": a span or a length, which English asks alike.
    asked_units.how_long = asked_lower
        .windows(2)
        .any(|pair| pair[0] == "how" && pair[1] == "long");
    // "how much dried clove did police recover": "how much" of a noun of no sum asks
    // its measure (`1,2 ton`).
    {
        let lower: Vec<&str> = asked_lower.iter().map(String::as_str).collect();
        if crate::plan::question::measured_after_much(&lower).is_some() {
            asked_units.measure = true;
            asked_units.much_of = true;
        }
    }
    // "how much did the project cost", "combien a coûté la construction": the whole
    // cost, as a total is.
    // Not what one of something costs (`a kilo of medium rice`, `le trajet simple`).
    let one_asked = asks_one_of(&asked_lower);
    // Not a measure a number sizes (`pagar sepanjang 6 kilometer`): that is the whole
    // thing's size, not a unit priced.
    let one_priced = asked_lower.iter().enumerate().any(|(i, w)| {
        language::ONE_OF_WORDS.contains(&w.as_str())
            || (language::any(|p| p.measure_units, w)
                && !i
                    .checked_sub(1)
                    .is_some_and(|k| asked_lower[k].chars().any(|c| c.is_ascii_digit())))
    });
    asked_units.cost_of_one = one_priced
        && asked_lower
            .iter()
            .any(|w| language::COST_WORDS.contains(&w.as_str()));
    asked_units.rate |= asked_units.cost_of_one;
    asked_units.total = asked_lower.iter().any(|w| {
        language::any(|p| p.total_words, w)
            || (language::COST_WORDS.contains(&w.as_str()) && !one_asked)
    }) && !asked_units.rate;
    // "how much did it cost to build the plant": not the monthly fee its users pay.
    asked_units.building = !asked_units.rate
        && asked_lower
            .iter()
            .any(|w| language::any(|p| p.building_words, w));
    let asks_start = asked_lower
        .iter()
        .any(|w| language::any(|p| p.start_words, w));
    let asks_deed = expect == Expect::Person && asks_a_deed(&asked_lower);
    let passives_asked = passives_asked(&words(&question.question));
    let noun_body = body_of_person_noun(&words(&question.question));
    // A plain "who" may be answered by an organisation (`siapa yang membangun …` → `PT
    // Wijaya Karya`), unless it asks for a role only a person holds (`siapa CEO …`).
    let asked = words(&question.question);
    // The roles asked, each with what a person named in it gains.
    let mut roles_asked: Vec<(usize, f32)> = roles_in_question(&asked)
        .into_iter()
        .map(|k| (k, ROLE_ASKED))
        .collect();
    let asks_role = !roles_asked.is_empty();
    // The role nouns themselves: of two chiefs, the one the question names as it does
    // (`kapolres`, not `kasat`) is likelier the one asked.
    // A deputy's word among them asks for the deputy (`which deputy regent`, `siapa
    // wakil bupati`), not the holder of the role.
    // "the former village head" asks for one who held it once; not "the lawyer of the
    // former treasurer": the word goes with the question's first role only.
    let first_role = asked.iter().position(|w| role_asked_by(w).is_some());
    let former_asked = first_role.is_some_and(|r| {
        // Right before the role, or one lower-case word before (`former village head`).
        (r.saturating_sub(2)..r).rev().any(|k| {
            language::FORMER_WORDS.contains(&asked[k].lower().as_ref())
                && asked[k + 1..r]
                    .iter()
                    .all(|w| !w.is_capitalized() && !w.is_punct())
        })
    });
    let named_role = names_a_role(&asked);
    let role_words: HashSet<String> = asked
        .iter()
        .filter_map(|w| {
            let lower = w.lower();
            if let Some(noun) = role_asked_by(w)
                && (!named_role || role_noun_written(w))
            {
                return Some(folded(&noun));
            }
            (language::any(|p| p.deputy_words, &lower)
                || (former_asked && language::FORMER_WORDS.contains(&lower.as_ref()))
                || language::UNIT_NOUNS.contains(&lower.as_ref())
                || language::unit_field(&folded(w.text)).is_some())
            .then(|| folded(w.text))
        })
        .collect();
    let mut nouns_asked = nouns_asked(&asked);
    nouns_asked.extend(glossed_nouns(&asked));
    // "the Jember police chief": the kind of body the role asked is of.
    let role_body = role_body_asked(&asked);
    let ordinal_asked = asked.iter().find_map(|w| language::ordinal_of(&w.lower()));
    let body_words = body_words_of(&asked);
    // Of those, the words of the noun phrase asked, before a clause or a context opens
    // ("le chef du village de l'Aceh Singkil où le BPBD a inauguré …"): the body whose
    // role is asked, which a holder's role phrase names.
    let phrase_end = asked
        .iter()
        .enumerate()
        .position(|(k, w)| k > 0 && CLAUSE_OPENERS.contains(&w.lower().as_ref()))
        .unwrap_or(asked.len());
    let phrase_body_words = body_words_of(&asked[..phrase_end]);
    // A verb of leading asks for a chief (`qui commande …`, `who heads …`), but, unlike
    // a role noun, leaves an organisation possible (`siapa yang memimpin putaran
    // pendanaan` → a fund).
    let asks_leader = asked
        .iter()
        .any(|w| language::any(|p| p.leading_verbs, &w.lower()));
    let leads_a_body = leads_a_body(&asked);
    // Who leads a body is its chief or its president (`qui préside la CCI` → `le
    // président de la CCI`), unless the question names the role (`which judge presided`:
    // a judge, not the association's chairman).
    // A verb of presiding (`qui préside la commission`, `who chairs`) asks for the
    // chair first (`Ketua KP3`), before the head of an office (`Kepala Dinas`).
    // Nor when the question asks by a noun of a trade no role table holds (`siapa
    // arkeolog yang memimpin tim ekskavasi`): the archaeologist who leads, not the
    // village head; a noun of anyone (`pejabat`, `officer`) leaves the chief asked.
    let trade_asked = !nouns_asked.is_empty()
        && !nouns_asked.iter().any(|n| {
            language::PERSON_NOUNS.contains(&n.as_str())
                || language::OFFICER_NOUNS.contains(&n.as_str())
        });
    if asks_leader && !asks_role && !trade_asked {
        let presiding = asked
            .iter()
            .any(|w| language::PRESIDING_VERBS.contains(&w.lower().as_ref()));
        let chief = if presiding {
            CHIEF_FOR_PRESIDING
        } else {
            LEADING_ASKED
        };
        roles_asked.push((CHIEF, chief));
        roles_asked.push((PRESIDENT, LEADING_ASKED));
    }
    // What only befalls a person (`prison`, `ditangkap`, `né`): no organisation.
    // A person's title (`quelle juge`, `which judge`) asks for a person too.
    let officer_asked = asked
        .iter()
        .any(|w| language::OFFICER_NOUNS.contains(&w.lower().as_ref()));
    let person_only = asked.iter().any(|w| {
        let lower = w.lower();
        language::any(|p| p.person_only_words, &lower) || language::any(|p| p.person_titles, &lower)
    }) || asks_by_a_person_noun(&asked);
    // "who is the epidemiologist …", "qui est l'administratrice …": who someone is,
    // asked by what they do, is likelier a person still (though "who is the ship's
    // owner" may be a company).
    let who_is = asks_who_someone_is(&asked);
    let organisation_fit = match expect {
        Expect::Organisation => Some(1.0),
        Expect::Person if question.kind == Kind::Who && !asks_role && !person_only => {
            Some(ORGANISATION_FOR_WHO * if who_is { WHO_IS } else { 1.0 })
        }
        _ => None,
    };
    // "d'où vient …", "dari mana …": where from, not where to.
    let asks_origin = asked
        .iter()
        .any(|w| language::any(|p| p.origin_words, &w.lower()));
    // "kapan Lumeo didirikan", "when was it founded": a beginning, told by its year.
    let asks_founding = words(&question.question)
        .iter()
        .any(|w| language::any(|p| p.founding_words, &w.lower()));
    let superlative_asked = superlative_in(&asked, 0..asked.len());
    // "who won the Landerneau open", "siapa pemenang …": the winner, whom the passage
    // tells as winning.
    let win_asked = asked
        .iter()
        .any(|w| language::WIN_WORDS.contains(&w.lower().as_ref()));
    // "quel jour", "on what date", "hari apa": a day, which a year alone does not tell.
    let asks_day = words(&question.question)
        .iter()
        .any(|w| language::DAY_NOUNS.contains(&w.lower().as_ref()));
    let asks_company = expect == Expect::Organisation
        && asked
            .iter()
            .any(|w| language::any(|p| p.company_words, &w.lower()));
    // "which ministry", "quelle autorité": the kind of body asked, in the question's
    // words and their translations (`ministry` → `kementerian`).
    let mut kinds_asked = if organisation_fit.is_some() {
        kinds_of_body_asked(&asked)
    } else {
        HashSet::new()
    };
    // The words the question asks by, beside its question word (see `kind_words`).
    let kind_words = crate::plan::question::kind_words(&question.question);
    // "quelle association caritative", "klub renang apa": the words the question asks
    // a body by, whatever class they are of, and their translations (`charity`,
    // `club`), as words naming or introducing the body asked.
    if expect == Expect::Organisation {
        for word in &kind_words {
            kinds_asked.extend(translations(word).iter().map(|t| t.to_string()));
            kinds_asked.insert(word.clone());
        }
    }
    // "quelle entreprise": a company is also one its legal form or another noun of
    // business names (`PT Borneo Rubber Lestari`, `l'entreprise BTP Wendkouni SARL` for
    // "which contractor"), in any language: of the kind asked, besides what a
    // business's word gains (`COMPANY_ASKED`).
    if kinds_asked
        .iter()
        .any(|k| language::any(|p| p.company_words, k))
    {
        for profile in language::PROFILES {
            kinds_asked.extend(profile.company_words.iter().map(|w| w.to_string()));
        }
    }
    // The kind of body the question asks by ("unit apa": `unit`, `brigade`, …), folded.
    let asked_by: HashSet<String> = kind_words
        .iter()
        .flat_map(|k| {
            let mut all: Vec<String> = translations(k).iter().map(|t| folded(t)).collect();
            all.extend(language::same_body_kind(k).map(folded));
            all.push(folded(k));
            all
        })
        .collect();
    let in_question = if organisation_fit.is_some() {
        words_of_question(&asked, &question.question)
    } else {
        HashSet::new()
    };
    // "lembaga apa", "which body": any kind of body answers.
    let asks_any_body = asked
        .iter()
        .any(|w| language::any(|p| p.any_body_nouns, &w.lower()));
    // "which regency", "di rumah sakit mana": the kind of place asked, in the
    // question's words and their translations (`regency` → `kabupaten`).
    let places_asked = if expect == Expect::Place {
        kinds_of_place_asked(&asked)
    } else {
        HashSet::new()
    };
    // "in which nagari", not "di balai desa mana": a kind of one word, which a name of
    // another kind may hold (see `from_kind_asked`).
    let one_kind_word = kind_words.len() == 1;
    // "which hospital", not "where": a question word goes with the kind of place.
    let asks_kind_of_place =
        expect == Expect::Place && !governed_place_nouns(&lowered_question(&asked)).is_empty();
    // "where was the meeting held": a hall or an office holds an event, a town only
    // has it.
    let asks_venue = expect == Expect::Place
        && !asks_kind_of_place
        && asked
            .iter()
            .any(|w| language::HOLDING_VERBS.contains(&w.lower().as_ref()));
    // "how much fuel oil": "much" asks an amount, and only the question's other words
    // could make it a sum; when none does, a quantity measured (`1.2 million liters`)
    // answers as well as a sum.
    let measure_for_money = expect == Expect::Money
        && !asked.iter().any(|w| {
            // `d'argent`: the word without its elided article.
            let lower = super::quotes::without_elision(w.text).to_lowercase();
            !language::en::AMOUNT_WORDS.contains(&lower.as_str())
                && (language::any(|p| p.asks_money, &lower)
                    || language::any(|p| p.currencies, &lower))
        });
    // The organisation nouns the question names as the kind it asks (`company` of
    // "which company …", `organisasi` of "organisasi apa …"), with their translations.
    let kinds_named: HashSet<String> = asked
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            let beside = |k: Option<usize>| {
                k.and_then(|k| asked.get(k))
                    .is_some_and(|q| language::any(|p| p.interrogatives, &q.lower()))
            };
            language::any(|p| p.organisation_nouns, &w.lower())
                && (beside(i.checked_sub(1))
                    || beside(i.checked_sub(2))
                    || beside(Some(i + 1))
                    || beside(Some(i + 2)))
        })
        .flat_map(|(_, w)| {
            let lower = w.lower();
            let mut forms: Vec<String> =
                translations(&lower).iter().map(|t| t.to_string()).collect();
            forms.push(lower.into_owned());
            forms
        })
        .collect();
    // "which district in Sikka": the places the question asks within, named after a
    // preposition of place with no kind of their own, folded.
    let places_in = if expect == Expect::Place {
        places_asked_within(&asked)
    } else {
        HashSet::new()
    };
    // "… agency (BPBD)": the acronyms the question writes of the one asked, before a
    // relative clause naming another party ("… yang meminta BMC …").
    let acronyms_asked: Vec<&str> = if expect == Expect::Person {
        asked
            .iter()
            .enumerate()
            .take_while(|&(k, w)| k == 0 || !ANOTHER_PARTY_WORDS.contains(&w.lower().as_ref()))
            .filter(|(_, w)| w.text.chars().count() >= 3 && super::quotes::is_acronym(w.text))
            .map(|(_, w)| w.text)
            .collect()
    } else {
        Vec::new()
    };
    // Of those, the ones of the noun phrase asked, before a clause or a context opens
    // (`Siapa Kepala BPBD Kabupaten Mamasa yang …`, not `… dalam sidang korupsi dana
    // BOS`): the body of the role asked.
    // The question's own opening word (`Who is the head …`) opens none.
    let role_acronyms: Vec<&str> = asked[..phrase_end]
        .iter()
        .filter(|w| acronyms_asked.contains(&w.text))
        .map(|w| w.text)
        .collect();
    // "which 58-year-old boatman": the ages the question gives of the one asked.
    let ages_asked = if expect == Expect::Person {
        ages_in_question(&asked)
    } else {
        Vec::new()
    };
    // "who is the headmistress", "quelle procureure": a woman asked (see `gender`).
    let sex_asked = if expect == Expect::Person {
        gender::asked(&asked)
    } else {
        None
    };
    // "when will the work begin", "quand seront-ils démolis": a date to come.
    let asks_future = asks_future(&asked);
    // "sampai kapan", "until when", "jusqu'à quand": the end of a span.
    let asks_until = asks_until(&asked);
    // "when does the closure end": a date ending a span may answer.
    let asks_end = asked
        .iter()
        .any(|w| END_WORDS.contains(&w.lower().as_ref()));
    // "by which day", "d'ici quelle date": a deadline.
    let asks_deadline = asks_deadline(&asked);
    // "when was the objection filed": what happened by the article's day. Not "until
    // when was the hearing adjourned": the day it was put off to may be later.
    let asks_past = !asks_future && !asks_until && !asks_deadline && asks_past(&asked);
    // "from what date", "à partir de quand", "mulai kapan": when something starts
    // to hold, to come as often as past.
    let asks_from = asks_from(&asked);
    // "depuis quand", "sejak kapan", "since when": the start of a state.
    let asks_since = asked
        .iter()
        .any(|w| language::any(|p| p.since_words, &w.lower()));
    // "when was the shop held up", asked of an article on the robbers' trial: the day
    // of the ruling is not the one asked, unless the question asks of the ruling.
    // "when will the court hand down its decision": a court's decision is its ruling.
    let names_court = asked
        .iter()
        .any(|w| language::COURT_NOUNS.contains(&w.lower().as_ref()));
    let asks_verdict = asked.iter().any(|w| {
        let lower = w.lower();
        language::any(|p| p.verdict_words, &lower)
            || names_court && language::DECISION_NOUNS.contains(&lower.as_ref())
    });
    // "when did the mayor announce …": the day of saying is the one asked.
    let asks_said = asked.iter().any(|w| {
        let lower = w.lower();
        is_saying_verb(&lower)
            || language::PRESS_WORDS.contains(&lower.as_ref())
            || language::ANNOUNCING_VERBS.contains(&lower.as_ref())
    });
    // The question's capitalised words, folded: what it names, not what it asks.
    let question_names: Vec<String> = name_words(&question.question)
        .into_iter()
        .skip_while(|w| language::any(|p| p.interrogatives, &w.to_lowercase()))
        .map(folded)
        .collect();
    // Whose age is asked: the one named first (see `named_before_comma`).
    let age_subject = named_before_comma(&question.question).or(subject.as_deref());
    let question_days = days_named(&question.question);
    let question_years = years_written(&question.question);
    // "on what day did the sensor record 120 ppm": a figure the question gives, when a
    // day is asked, or a body ("quelle agence a approuvé 60 000 doses": the body did
    // what the figure counts). Asked a place, a person, a count or a sum, the figure is
    // what the story is about (`48 kg de sabu`, `bus 567`), told where others are named
    // too.
    let question_figures: Vec<f64> = if !matches!(expect, Expect::Date | Expect::Organisation) {
        Vec::new()
    } else {
        quantities(&question.question, Lang::Other)
            .into_iter()
            .filter(|q| q.digits && !q.year && !q.in_date && !q.time && !q.in_name)
            .map(|q| q.value)
            .collect()
    };
    let mut picked = Picked::default();
    // The most of the question's words one passage holds: a candidate is as close as
    // the share of them that stands near it, so a passage holding one word of the
    // question (`TaniKita`) doesn't make a name beside it look as close as one beside
    // all of them.
    let question_words = hits
        .iter()
        .take(PASSAGES_READ)
        .map(|h| distinct_words(&h.text, &h.highlights))
        .max()
        .unwrap_or(0);
    // The other passages of the best articles: the ranker puts first the passages
    // holding most of the question's words, but the answer is often said a paragraph
    // away, in words of its own (`Les 287 salariés …` after the paragraph naming the
    // company; `some 4,200 fisherfolk without income` for "how many fishermen lost
    // their income"). Each is read as a passage of its article's score, halved, where
    // the topic's words are in it.
    let read_first: HashSet<(&str, u64)> = hits
        .iter()
        .take(PASSAGES_READ)
        .map(|h| (h.doc.as_str(), h.passage))
        .collect();
    let mut further: Vec<Hit> = Vec::new();
    if let Some(topic) = topic {
        for (doc, share) in best_read.clone() {
            let Some(best) = hits.iter().find(|h| h.doc == doc) else {
                continue;
            };
            for passage in article_of(doc)? {
                if read_first.contains(&(doc, passage.passage)) {
                    continue;
                }
                further.push(Hit {
                    score: top * share * FURTHER_PASSAGE,
                    passage: passage.passage,
                    lang: passage.lang,
                    highlights: topic.highlights(&passage.text, passage.lang),
                    text: passage.text,
                    ..best.clone()
                });
            }
        }
    }
    // The best article, read whole, and the articles where a sum or a count stands near
    // the question's words: in the best article where none does, the first one of a
    // passage holding none of them may still answer (`Le projet, estimé à 2,35 millions
    // d'euros, …` for "combien coûtera la transformation de l'église").
    let best_article = best_read
        .first()
        .filter(|(_, share)| *share >= 1.0)
        .map(|(doc, _)| *doc);
    let mut said_near: HashSet<String> = HashSet::new();
    // "what is the total cost": the largest sum of each article read, which its parts
    // (`dont 14,2 millions $ de la SHQ`) and small sums (`pour la somme symbolique de 1
    // $`) fall short of.
    let mut largest_sum: HashMap<String, f64> = HashMap::new();
    let mut tells_a_start: HashSet<String> = HashSet::new();
    // How much each article read is about what the question names (see `on_subject`).
    let mut about_of: HashMap<String, f32> = HashMap::new();
    // The people each article read names in those roles with an age it gives.
    let mut age_holders_of: HashMap<String, Vec<String>> = HashMap::new();
    // The roles an age question asks by its nouns ("how old is the chairman of …").
    let age_roles: Vec<(usize, f32)> = if expect == Expect::Age {
        roles_asked
            .iter()
            .copied()
            .filter(|&(_, gain)| gain == ROLE_ASKED)
            .collect()
    } else {
        Vec::new()
    };
    for hit in hits.iter().take(PASSAGES_READ).chain(&further) {
        if !articles.contains_key(&hit.doc) {
            let article = article_of(&hit.doc)?;
            let texts: Vec<&str> = article.iter().map(|p| p.text.as_str()).collect();
            let people = people::recognise(&texts);
            articles.insert(hit.doc.clone(), (article, people, None));
        }
        if (organisation_fit.is_some() || expect == Expect::Person)
            && let Some((article, people, orgs @ None)) = articles.get_mut(&hit.doc)
        {
            let texts: Vec<&str> = article.iter().map(|p| p.text.as_str()).collect();
            *orgs = Some(organisations::recognise(&texts, people));
        }
        let (article, people, orgs) = &articles[&hit.doc];
        let orgs: &[OrgMention] = orgs.as_deref().unwrap_or_default();
        // "kapan pekerjaan … dimulai": the articles with a sentence saying something
        // began and naming a month, where the day asked is.
        if expect == Expect::Date
            && asks_start
            && !tells_a_start.contains(hit.doc.as_str())
            && article
                .iter()
                .any(|p| says_a_start_with_a_month(&p.text, asks_past))
        {
            tells_a_start.insert(hit.doc.clone());
        }
        // Only of the best articles, which are read whole: the sums of every article a
        // hit comes from cost more to read than they tell.
        if expect == Expect::Money
            && asked_units.total
            && !largest_sum.contains_key(&hit.doc)
            && best_read.iter().any(|(doc, _)| *doc == hit.doc.as_str())
        {
            let largest = article
                .iter()
                .flat_map(|p| {
                    quantities(&p.text, p.lang)
                        .into_iter()
                        .filter(|q| q.currency.is_some() && !a_limit(&p.text, &q.range))
                })
                .map(|q| q.value)
                .fold(0.0, f64::max);
            largest_sum.insert(hit.doc.clone(), largest);
        }
        // An article that never names what the question is about (`Nexalis`) answers
        // it only by chance.
        // Once an article: each hit of it would read it whole again.
        let about = *about_of
            .entry(hit.doc.clone())
            .or_insert_with(|| on_subject(article, subject.as_deref(), &other_names));
        // A further passage's score already holds its article's share of the topic.
        let fit = if read_first.contains(&(hit.doc.as_str(), hit.passage)) {
            topic_fit.get(hit.doc.as_str()).copied().unwrap_or(1.0)
        } else {
            1.0
        };
        let weight = about * hit.score / top * fit;
        let mut highlights = hit.highlights.clone();
        // "où se tient la réunion du 19 novembre": the day the question names is a word
        // of the question where the passage writes it in a form of its own (`Kamis
        // (19/11/2026)`).
        let days_here = days_named_in(&hit.text, hit.date.as_deref(), &question_days);
        highlights.extend(days_here.iter().copied());
        // So is a figure the question gives (`120 ppm`).
        let figures_here: Vec<[usize; 2]> = if question_figures.is_empty() {
            Vec::new()
        } else {
            quantities(&hit.text, hit.lang)
                .into_iter()
                .filter(|q| !q.year && !q.in_date && question_figures.contains(&q.value))
                .map(|q| [q.range.start, q.range.end])
                .collect()
        };
        highlights.extend(figures_here.iter().copied());
        // "which company": the kind of answer asked, not a word of the topic to be
        // near (`the Swedish company Elekta` is no nearer than `the firm Morrison Keane`).
        // Only the noun of the kind asked: `pengadilan` of "which group will take the
        // permit to court" is a word of the topic (`tribunal`), not the kind asked.
        if expect == Expect::Organisation {
            highlights.retain(|&[s, e]| {
                hit.text.get(s..e).is_none_or(|w| {
                    let w = w.to_lowercase();
                    !(language::any(|p| p.organisation_nouns, &w) && kinds_named.contains(&w))
                })
            });
        }
        if question.kind == Kind::Met {
            highlights.extend(meeting_words(&hit.text));
        }
        // What the question counts, where a number of the passage counts it, is a word
        // of the question there even when the ranker read it otherwise (`GPUs`).
        if matches!(expect, Expect::Count | Expect::Money) {
            for q in quantities(&hit.text, hit.lang) {
                if let Some(unit) = q
                    .unit
                    .as_ref()
                    .filter(|u| asked_units.counts(u) || asked_units.counted_alike(u))
                {
                    let end = q.range.end;
                    let start = end.saturating_sub(unit.len());
                    if hit.text.is_char_boundary(start) {
                        highlights.push([start, end]);
                    }
                }
            }
        }
        let mut candidates = match expect {
            Expect::Person => persons(
                hit,
                article,
                people,
                subject.as_deref(),
                question.kind == Kind::Met,
                // The role of the one asked for ("who is the president of …"), not
                // of the one who met ("who did the governor of Nevada meet").
                if question.kind == Kind::Who {
                    &roles_asked
                } else {
                    &[]
                },
                RoleAsked {
                    body_words: &body_words,
                    phrase_body_words: &phrase_body_words,
                    role_words: &role_words,
                    role_body: &role_body,
                    officer_asked,
                    asks_leader,
                    spelled: &spelled_out(article, orgs),
                    acronyms: &role_acronyms,
                },
            ),
            Expect::Organisation => Vec::new(),
            Expect::Count | Expect::Money | Expect::Age => numbers(
                hit,
                expect,
                &asked_units,
                &question.question,
                measure_for_money,
            ),
            Expect::Date => {
                let mut found = dates(hit, asks_founding, asks_future, asks_day);
                if asks_future {
                    for c in &mut found {
                        c.fit *= future_fit(c, &hit.text, hit.date.as_deref());
                    }
                }
                if asks_past {
                    for c in &mut found {
                        c.fit *= past_fit(c, hit.date.as_deref());
                    }
                }
                // "… de la Foire aux fromages 2026": a day written with another year than
                // the ones the question names is another edition's.
                // Not when a state's start is asked ("since what date … before it
                // returned in March 2026"): it began before the years the question names.
                let article_year = hit.date.as_deref().and_then(|d| d.get(..4)?.parse().ok());
                for c in &mut found {
                    c.fit *= year_fit(&c.text, &question_years, article_year, asks_since);
                }
                // "when did the tornado hit": not the day someone spoke of it (`…,"
                // kata Andi kepada wartawan, Selasa (3/11/2026)`).
                if !asks_said {
                    for c in &mut found {
                        if said_on(&hit.text, &c.range) {
                            c.fit *= DAY_OF_SAYING;
                        }
                    }
                }
                if !asks_verdict {
                    for c in &mut found {
                        if in_ruling(&hit.text, &c.range) {
                            c.fit *= DAY_OF_RULING;
                        }
                    }
                }
                // "when will the cinema reopen": not the day it closed (`fermé depuis
                // mars 2025`), unless the question asks since when.
                // "from what date will the shuttle run again": the day a passage
                // says something holds from (`à partir du samedi 14 février`).
                if asks_from {
                    for c in &mut found {
                        c.fit *= if after_from(&hit.text, &c.range) {
                            SINCE_SAID
                        } else {
                            FROM_NOT_SAID
                        };
                    }
                }
                for c in &mut found {
                    let since = after_since(&hit.text, &c.range);
                    if since != asks_since {
                        c.fit *= SINCE_NOT_ASKED;
                    } else if since {
                        // "sejak kapan … ditahan": `ditahan sejak Kamis, 16 Oktober
                        // 2025`, the day the passage says the state began.
                        c.fit *= SINCE_SAID;
                    }
                }
                if asks_deadline {
                    for c in &mut found {
                        c.fit *= if after_deadline(&hit.text, &c.range) {
                            UNTIL_SAID
                        } else {
                            UNTIL_NOT_SAID
                        };
                    }
                }
                if !asks_until && !asks_deadline && !asks_end {
                    for c in &mut found {
                        if after_until(&hit.text, &c.range) {
                            c.fit *= UNTIL_NOT_ASKED;
                        }
                    }
                }
                if asks_until {
                    for c in &mut found {
                        c.fit *= if after_until(&hit.text, &c.range) {
                            UNTIL_SAID
                        } else {
                            UNTIL_NOT_SAID
                        };
                    }
                }
                found
            }
            Expect::Place => places(hit, asks_origin, &places_asked),
        };
        if let Some(fit) = organisation_fit {
            candidates.extend(organisations_of(
                hit,
                article,
                orgs,
                (subject.as_deref(), &in_question),
                fit,
                leads_a_body && expect == Expect::Person,
                expect == Expect::Person,
            ));
        } else if expect == Expect::Person {
            // No organisation answers, but a name shaped as a person's that no cue made
            // one still may (see `organisations_of`).
            candidates.extend(
                organisations_of(
                    hit,
                    article,
                    orgs,
                    (subject.as_deref(), &in_question),
                    1.0,
                    false,
                    true,
                )
                .into_iter()
                .filter(|c| c.kind.is_none()),
            );
        }
        // "the oldest patient", "le plus jeune des ouvriers": the one the passage
        // calls so, not another it names beside.
        if let Some(sense) = superlative_asked
            && matches!(expect, Expect::Age | Expect::Person)
        {
            for c in &mut candidates {
                c.fit *= superlative_fit(&hit.text, &c.range, sense);
            }
        }
        if win_asked && expect == Expect::Person {
            for c in &mut candidates {
                if told_winning(&hit.text, &c.range) {
                    c.fit *= WIN_SAID;
                }
            }
        }
        let paragraph = article.iter().position(|p| p.passage == hit.passage);
        // The best passage naming one candidate of the kind asked (`… la convention de
        // financement des travaux, estimés à 312 millions d'euros` for "how much will
        // the line cost"): the passage answers, however far its words stand from the
        // question's.
        // A sum, a place or a day, that is: a passage names several people and
        // numbers, and the one of them in the best passage is as often beside the
        // answer as it.
        let alone_in_best = matches!(expect, Expect::Money | Expect::Place | Expect::Date)
            && std::ptr::eq(hit, &hits[0])
            && candidates.iter().filter(|c| c.kind.is_none()).count() == 1;
        // The sums the best article's headline gives (see `IN_HEADLINE`), read once per
        // passage, not per candidate.
        let headline_sums: Vec<String> =
            if expect == Expect::Money && best_article == Some(hit.doc.as_str()) {
                quantities(&hit.title, hit.lang)
                    .iter()
                    .filter(|t| !t.year && !t.in_date)
                    .map(|t| format_value(t.value))
                    .collect()
            } else {
                Vec::new()
            };
        // Read once per article: `ages_in_article` reads its people again.
        if !age_roles.is_empty() && !age_holders_of.contains_key(&hit.doc) {
            let holders: Vec<String> = named_in_role(article, people, &age_roles)
                .into_iter()
                .filter(|name| !ages_in_article(&hit.doc, article, name).is_empty())
                .map(str::to_string)
                .collect();
            age_holders_of.insert(hit.doc.clone(), holders);
        }
        let age_role_holders: &[String] = age_holders_of
            .get(&hit.doc)
            .map(Vec::as_slice)
            .unwrap_or_default();
        for mut c in candidates {
            // `Veronika Lusi (34)`, `Sophie Marchal, 42 ans`: an age set right after a
            // name is that person's, no answer when the question names that person
            // only to describe the one it asks about ("berapa umur Gabriel, anak
            // Veronika Lusi").
            if expect == Expect::Age
                && let Some(asked) = age_subject
                && let Some(owner) = age_owner(people, paragraph, &hit.text, &c.range)
                && (subject
                    .as_deref()
                    .is_some_and(|s| same_speaker(s, &owner.name))
                    && !same_speaker(asked, &owner.name)
                    // Nor when the one named is of the asked one's family (`Rodelio
                    // Abalos, 52` for "how old is Jomar Abalos").
                    || kin(asked, &owner.name))
            {
                continue;
            }
            // "how old is the chairman of …": not the treasurer's age (`bendahara …,
            // Maria Goreti Wea (45)`) where the article gives the chairman's.
            if expect == Expect::Age
                && !age_role_holders.is_empty()
                && let Some(owner) = age_owner(people, paragraph, &hit.text, &c.range)
                && !age_role_holders
                    .iter()
                    .any(|h| same_speaker(h, &owner.name))
            {
                c.fit *= ANOTHER_HOLDS_THE_ROLE;
            }
            // The kind of organisation the question names (`club` in "which club …")
            // may be a word of the name (`Club Bruges`).
            // So may the kind of place (`Barangay Looc` for "in which barangay …").
            let asked_kind = |s: usize, e: usize| {
                hit.text.get(s..e).is_some_and(|w| {
                    let w = w.to_lowercase();
                    if c.kind == Some(Expect::Organisation) {
                        language::any(|p| p.organisation_nouns, &w)
                            || language::any(|p| p.organisation_words, &w)
                    } else {
                        // … or of street or building (`Jalan Riau` for "dans quelle rue").
                        expect == Expect::Place
                            && (language::any(|p| p.place_nouns, &w)
                                || language::any(|p| p.venue_words, &w))
                    }
                })
            };
            let is_question_word =
                |&[s, e]: &[usize; 2]| s < c.core.end && c.core.start < e && !asked_kind(s, e);
            // An organisation is often named after the place or the thing the question
            // asks about (`Perumda Air Minum Kota Malang` for "which company supplies
            // water in Malang"): only a name wholly made of the question's words is it;
            // one partly made of them fits as much as the share of its own words.
            let mut fit = c.fit;
            if let (Some(largest), Some(value)) = (
                largest_sum.get(&hit.doc),
                c.value.as_deref().and_then(|v| v.parse::<f64>().ok()),
            ) && c.kind.is_none()
            {
                fit *= total_fit(value, *largest);
            }
            // "the second hub": a candidate the article introduces as second.
            if let Some(rank) = ordinal_asked
                && ordinal_before(&hit.text, &c.range, rank)
            {
                fit *= ORDINAL_SAID;
            }
            // The sentence writing the day the question names tells of the event asked
            // (`… pertemuan lanjutan … pada Kamis (19/11/2026) di Balai Desa Sawahan`),
            // as does one writing a figure it gives (`Le pic a été enregistré mardi 7
            // juillet … : 120 ppm` for "on what day did the sensors record 120 ppm").
            if !days_here.is_empty() || !figures_here.is_empty() {
                let sentence = sentence_around(&hit.text, &c.range);
                let in_sentence = |&[s, e]: &[usize; 2]| sentence.start <= s && e <= sentence.end;
                if days_here.iter().any(in_sentence) {
                    fit *= DAY_NAMED;
                }
                let is_the_figure = |&[s, e]: &[usize; 2]| s < c.range.end && c.range.start < e;
                if figures_here.iter().any(in_sentence) && !figures_here.iter().any(is_the_figure) {
                    fit *= FIGURE_NAMED;
                }
            }
            // "kapan pekerjaan … dimulai": asked when something began, a day its
            // sentence says began (`Le chantier avait débuté le lundi 12 janvier`).
            if expect == Expect::Date && c.kind.is_none() && asks_start {
                let sentence = sentence_around(&hit.text, &c.range);
                // `Festival yang digelar sejak 2 Mei 2026`: the day since which it runs.
                let since = words_before(&hit.text, c.range.start)
                    .1
                    .last()
                    .is_some_and(|w| language::any(|p| p.since_words, &w.lower()));
                if since
                    || opens_a_range(&hit.text, &c.range)
                    || says_a_start(&words(&hit.text[sentence]), asks_past)
                {
                    fit *= START_ASKED;
                } else if tells_a_start.contains(hit.doc.as_str()) {
                    // The article tells when it began elsewhere: this day is another
                    // event's (`samedi 18 avril`, the inauguration).
                    fit *= NOT_THE_START;
                }
            }
            // "when was the suspect caught": a day written right after a word of the
            // question in lower case, the event's verb (`tersangka ditangkap pada Senin`),
            // is the event's day.
            // Only in an article about what the question names: another's verb of the
            // same kind (`a annoncé jeudi`) tells another event.
            if expect == Expect::Date
                && c.kind.is_none()
                && about >= 1.0
                && told_right_after_asked(&hit.text, &c.range, &hit.highlights)
            {
                fit *= EVENT_ASKED;
            }
            // "quelle élue …": a person written beside the noun asked.
            let beside_noun_asked = expect == Expect::Person
                && c.kind.is_none()
                && noun_gain(&hit.text, &c.range, &nouns_asked) > 1.0;
            if beside_noun_asked {
                fit *= NOUN_ASKED;
            }
            // "who is the head of the Sumbawa disaster management agency (BPBD)": the
            // one whose role's phrase writes the body's acronym the question gives.
            if expect == Expect::Person
                && c.kind.is_none()
                && !acronyms_asked.is_empty()
                && acronym_in_role_phrase(&hit.text, &c.range, &acronyms_asked)
            {
                fit *= ACRONYM_OF_BODY;
            }
            // "which 58-year-old boatman": the one whose age the article writes so
            // right after the name (`Ghjuvan Petru Susini, 58 ans,`).
            if expect == Expect::Person
                && c.kind.is_none()
                && ages_asked
                    .iter()
                    .any(|age| age_right_after(&hit.text, &c.range, age))
            {
                fit *= AGE_NAMED;
            }
            // "who is the headmistress": a person the article marks a woman (`Mme`,
            // `directrice`), not a man.
            if expect == Expect::Person && c.kind.is_none() && sex_asked.is_some() {
                let texts: Vec<&str> = article.iter().map(|p| p.text.as_str()).collect();
                fit *= gender::fit(sex_asked, gender::of_person(&texts, people, &c.text));
            }
            // "who inaugurated the plant": the one a passive names as its doer
            // (`Peresmian dilakukan langsung oleh Bupati Sanggau, Drs. Fransiskus …`).
            if asks_deed && c.kind.is_none() && done_by_before(&hit.text, &c.range) {
                fit *= DONE_BY;
            }
            // "which police official": one whose role's phrase names a body of that kind
            // (`Direktur Reserse Kriminal Khusus Polda Kalteng, Kombes Pol Erlan
            // Setiabudi`).
            // One whose phrase names a role and no body of that kind is likelier of
            // another body (`Kepala Pelaksana BPBD Kota Palangka Raya`).
            if expect == Expect::Person && c.kind.is_none() && !noun_body.is_empty() {
                let before = words(&hit.text[..c.range.start]);
                let phrase = role_phrase(&before);
                if phrase
                    .iter()
                    .any(|w| names_body_kind(&folded(w.text), &noun_body))
                {
                    fit *= BODY_OF_PERSON_NOUN;
                } else if phrase.iter().any(|w| role_class(w.text).is_some()) {
                    fit *= ROLE_OF_OTHER_BODY;
                }
            }
            // "lembaga apa yang memfasilitasi mediasi": the doer Indonesian writes right
            // after the passive of the question's verb (`mediasi yang difasilitasi
            // Kepolisian Resor (Polres) Way Kanan`), a body or a person.
            if matches!(expect, Expect::Person | Expect::Organisation)
                && !passives_asked.is_empty()
                && after_passive(&hit.text, &c.range, &passives_asked)
            {
                fit *= DONE_BY;
            }
            // A person may share a word with what the question names, when that isn't
            // the person (`Henri Darrieux` of "who runs Maison Darrieux"): read as an
            // organisation's name is.
            let shares_a_name = expect == Expect::Person
                && c.kind.is_none()
                && words(&hit.text[c.core.clone()])
                    .iter()
                    .filter(|w| !w.is_punct())
                    .count()
                    > 1;
            if c.kind == Some(Expect::Organisation) || shares_a_name {
                let name_words: Vec<bool> = words(&hit.text[c.core.clone()])
                    .iter()
                    .filter(|w| !w.is_punct() && !language::any(|p| p.name_connectors, &w.lower()))
                    .map(|w| {
                        // Every part of a hyphenated word (`Plounéour-Ménez`): `Car` of
                        // `Car-Pass`, matched for "cars", leaves the name its own.
                        let mut at = c.core.start + w.start;
                        w.text.split('-').all(|part| {
                            let asked = part.is_empty()
                                || hit
                                    .highlights
                                    .iter()
                                    .any(|h| is_question_word(h) && h[0] <= at && at < h[1]);
                            at += part.len() + 1;
                            asked
                        })
                    })
                    .collect();
                let asked = name_words.iter().filter(|&&a| a).count();
                if asked == name_words.len() {
                    continue;
                }
                let own = (name_words.len() - asked) as f32 / name_words.len() as f32;
                fit *= own.max(NAMED_AFTER_SUBJECT);
            } else {
                // A point of the compass is a word of many places (`Kecamatan Amanuban
                // Selatan` for "… di Timor Tengah Selatan").
                let asked: Vec<&str> = hit
                    .highlights
                    .iter()
                    .filter(|h| is_question_word(h))
                    .filter_map(|h| hit.text.get(h[0]..h[1]))
                    .filter(|w| {
                        !(expect == Expect::Place
                            && crate::translate::region::is_compass_word(&w.to_lowercase()))
                    })
                    .collect();
                if !asked.is_empty() {
                    // `Pasar Hewan Keppo` for "di pasar hewan mana": a place whose words
                    // of the question are nouns it writes in lower case is named by what
                    // it is, not after the place asked about; it keeps the share of its
                    // own words.
                    // So does a venue named after the town the question names
                    // (`Masjid Agung Baiturrahim Suwawa`, `Mount Isa Civic Centre`).
                    let venue = words(&c.text)
                        .iter()
                        .any(|w| language::any(|p| p.venue_words, &w.lower()));
                    // So does a place of the kind asked named after one the question
                    // names (`the Kilombero River` for "along which river … in
                    // Kilombero District", `Desa Long Midang` for "which village … the
                    // Long Midang border market"), not after the one it asks within
                    // (`Kabupaten Sikka` for "which district in Sikka").
                    let common = expect == Expect::Place
                        && c.kind.is_none()
                        && (venue
                            || names_a_kind(&c.text, &places_asked)
                                && !asked.iter().any(|w| places_in.contains(&folded(w)))
                            || asked.iter().all(|w| {
                                let w = folded(w);
                                !question_names.iter().any(|n| same_name_word(n, &w))
                            }));
                    let total = words(&hit.text[c.core.clone()])
                        .iter()
                        .filter(|w| {
                            !w.is_punct() && !language::any(|p| p.name_connectors, &w.lower())
                        })
                        .count();
                    if !common || asked.len() >= total {
                        continue;
                    }
                    let own = (total - asked.len()) as f32 / total as f32;
                    fit *= own.max(NAMED_AFTER_SUBJECT);
                }
            }
            // "which company": a name holding a business's word (`PT`, `Perumda`,
            // `Inc`) is surely one.
            if asks_company && c.kind == Some(Expect::Organisation) && names_a_company(&c.text) {
                fit *= COMPANY_ASKED;
            }
            // `Nusa Tenggara Timur (NTT)`: a province with its acronym is no body; nor,
            // asked a body, is a role's title (`Jaksa penuntut umum`).
            if c.kind == Some(Expect::Organisation)
                && expect != Expect::Place
                && (language::is_territory(&c.text)
                    || (expect == Expect::Organisation && titled_by_a_role(&c.text)))
            {
                continue;
            }
            // "which ministry": a name holding the kind of body asked (`Kementerian
            // Kesehatan`) is one of that kind.
            if c.kind == Some(Expect::Organisation) {
                fit *= body_kind_fit(&hit.text, &c.range, &c.text, &kinds_asked, asks_any_body);
            }
            // "which regency": a place named by the kind asked (`Kabupaten Sleman`,
            // `Mercy Hospital`) is one of that kind.
            let place_kind_after = if expect == Expect::Place && c.kind.is_none() {
                kind_written_after(&hit.text, &c.range)
            } else {
                None
            };
            let of_kind_asked = expect == Expect::Place
                && c.kind.is_none()
                && (names_a_kind(&c.text, &places_asked)
                    || introduced_by_kind(&hit.text, &c.range, &places_asked)
                    || place_kind_after
                        .as_ref()
                        .is_some_and(|k| places_asked.contains(k))
                    || territory_of_kind(&c.text, &places_asked)
                    || (places_asked
                        .iter()
                        .any(|k| RIVER_NOUNS.contains(&k.as_str()))
                        && spanned(&hit.text, &c.range)));
            if of_kind_asked {
                fit *= KIND_ASKED;
            }
            // "which hospital": a place its name says is of another kind (`Kabupaten
            // Tasikmalaya`), or a country or subdivision of another kind (`Luxembourg`
            // for "which village"), is where the one asked stands, not it.
            if asks_kind_of_place
                && !of_kind_asked
                && ((c.kind.is_none() && (named_by_a_kind(&c.text) || place_kind_after.is_some()))
                    || (language::territory_kind(&c.text).is_some()
                        && !territory_of_kind(&c.text, &places_asked)))
            {
                fit *= OTHER_KIND_OF_PLACE;
            }
            if asks_venue && c.kind.is_none() && a_venue(&hit.text, &c.range) {
                fit *= VENUE_OF_AN_EVENT;
            }
            // `Desa Malakosa, Kecamatan Balinggi` for "dans quel village du district de
            // Balinggi": a place of the kind asked set in the one the question names.
            if of_kind_asked && set_in_named(&hit.text, &c.range, &hit.highlights) {
                fit *= SET_IN_NAMED;
            }
            // Its own words (`Kenya` of `Kenya Union of … Teachers`) don't bring it
            // nearer to the question; but an organisation's name saying what it does,
            // in a word the question writes in lower case (`Electric` of `Pacific Gas
            // and Electric Co.` for "perusahaan listrik apa …", `Salvage` for "which
            // company is salvaging …"), stands beside that word. Not the kind of body it
            // is (`tribunal` of `tribunal administratif de Cayenne` for "… ke
            // pengadilan": the court is where the case goes, not who takes it there).
            let does_what_asked = |s: usize, e: usize| {
                c.kind == Some(Expect::Organisation)
                    && hit.text.get(s..e).is_some_and(|w| {
                        let lower = w.to_lowercase();
                        let w = folded(w);
                        !question_names.iter().any(|n| same_name_word(n, &w))
                            && !language::any(|p| p.organisation_nouns, &lower)
                            && !language::any(|p| p.organisation_words, &lower)
                            && !language::any(|p| p.organisation_heads, &lower)
                    })
            };
            let around: Vec<[usize; 2]> = highlights
                .iter()
                .copied()
                .filter(|&[s, e]| !(s < c.core.end && c.core.start < e) || does_what_asked(s, e))
                .collect();
            if kind_noun_forms
                .as_ref()
                .is_some_and(|forms| !introduced_by(&hit.text, &c.range, forms))
            {
                continue;
            }
            let mut closeness = closeness(&hit.text, &c.range, &around, question_words);
            if alone_in_best && c.kind.is_none() && !around.is_empty() {
                closeness = closeness.max(ALONE_IN_BEST);
            }
            if matches!(expect, Expect::Money | Expect::Count) && c.kind.is_none() {
                if closeness > 0.0 {
                    said_near.insert(hit.doc.clone());
                } else if best_article == Some(hit.doc.as_str())
                    && highlights.is_empty()
                    && !read_first.contains(&(hit.doc.as_str(), hit.passage))
                    && said_near.insert(hit.doc.clone())
                {
                    closeness = UNSAID_NEAR;
                }
                // `Tenbury Wells to get £4.8m flood barrier`: the sum the headline
                // gives is the story's, wherever its passage tells it (a count there
                // is as often what the story is about: `23 monnaies`).
                if c.value
                    .as_deref()
                    .is_some_and(|v| headline_sums.iter().any(|h| h == v))
                {
                    closeness = closeness.max(IN_HEADLINE);
                }
            }
            // `The project carries a price tag of $26.4 million` for "how much is the
            // solar farm expected to cost": the best article's sum told as a whole
            // cost, though its sentence names the subject otherwise.
            if expect == Expect::Money
                && c.kind.is_none()
                && (asked_units.total || asked_units.building)
                && !asked_units.rate
                && best_article == Some(hit.doc.as_str())
                && told_as_cost(&hit.text, &c.range)
            {
                closeness = closeness.max(TOLD_AS_COST);
            }
            // `Me Hélène Garcin, désignée liquidatrice judiciaire` for "who was appointed
            // judicial liquidator": someone the best article introduces by the noun
            // asked, though the sentence names the story otherwise.
            if beside_noun_asked && best_article == Some(hit.doc.as_str()) {
                closeness = closeness.max(KIND_NAMED_ALONE);
            }
            // `… sits on a corner block on Albert Street` for "on which street does the
            // Royal Exchange Hotel stand": a place of the kind asked, in an article
            // read whole, answers though its sentence calls the subject otherwise.
            if of_kind_asked {
                closeness = closeness.max(KIND_ALONE);
            }
            // `Les travaux, confiés à l'entreprise SOGEBAT Faso` for "which company
            // built the water tower": a body the article introduces by the kind asked,
            // in one of the best articles, though its sentence says the rest otherwise.
            // So is one whose name opens with the kind the question asks by (`la
            // brigade de recherches de Niort` for "unit apa").
            // A company asked, one whose name its legal form closes or opens says its
            // kind itself (`Borneo Agri Estates Sdn Bhd`, `PT Karya Bahari`).
            let named_a_company = asks_company && {
                let ws = words(&c.text);
                ws.first().is_some_and(people::is_legal_form)
                    || ws.last().is_some_and(people::is_legal_form)
            };
            if c.kind == Some(Expect::Organisation)
                && expect == Expect::Organisation
                && (named_a_company
                    || kind_before(&hit.text, &c.range, &kinds_asked)
                    || kind_after(&hit.text, &c.range, &kinds_asked)
                    || named_by_kind_asked(&c.text, &asked_by))
            {
                closeness = closeness.max(KIND_NAMED_ALONE);
            }
            // "which agency does Sri Wahyuni Lamato head": the body of a role that the
            // person the question names holds (`Kepala Dinas Lingkungan Hidup (DLH)
            // Provinsi Gorontalo, Dra. Hj. Sri Wahyuni Lamato`).
            if c.kind == Some(Expect::Organisation)
                && expect == Expect::Organisation
                && let (Some(named), Some(paragraph)) = (subject.as_deref(), paragraph)
                && body_of_named(&hit.text, &c.range, people, paragraph, named)
            {
                fit *= BODY_OF_NAMED;
                closeness = closeness.max(KIND_NAMED_ALONE);
            }
            // `Les faits remontent au mardi 17 mars`: the best article's day of the
            // events, told in words of its own, answers when the events were.
            if expect == Expect::Date
                && c.kind.is_none()
                && !asks_verdict
                && !asks_future
                && best_article == Some(hit.doc.as_str())
                && tells_events(&hit.text, &c.range)
            {
                closeness = closeness.max(DAY_OF_EVENTS);
            }
            // `Paling lambat Selasa (30/6/2026) kelebihan bayar sudah harus disetor` for
            // "quelle est la date limite …": a deadline the best article tells, though
            // in other words than the question's.
            if expect == Expect::Date
                && c.kind.is_none()
                && asks_deadline
                && best_article == Some(hit.doc.as_str())
                && after_deadline(&hit.text, &c.range)
            {
                closeness = closeness.max(DEADLINE_TOLD);
            }
            // `La réouverture est annoncée pour le vendredi 2 octobre` for "when is the
            // bridge due to reopen": asked when something will be, a day after the
            // best article's own answers, told in words of its own.
            if expect == Expect::Date
                && c.kind.is_none()
                && asks_future
                && best_article == Some(hit.doc.as_str())
                && after_article(&c, hit.date.as_deref()) == Some(true)
            {
                closeness = closeness.max(DAY_TO_COME);
            }
            // Weighed with the noun it counts, told without it: `214 unit` of `214 unit
            // rumah`.
            let range = if c.value.is_some() {
                ending_at_classifier(&hit.text, &c.range)
            } else if asks_kind_of_place && c.kind.is_none() && one_kind_word {
                from_kind_asked(&hit.text, &c.range, &places_asked)
            } else {
                c.range.clone()
            };
            picked.consider(Found {
                text: if range == c.range {
                    c.text
                } else {
                    hit.text[range.clone()].to_string()
                },
                // `tribunal administratif de Pau` for "devant quel tribunal": a body
                // answering "where" stands for the place it sits in.
                expect: match c.kind {
                    Some(Expect::Organisation) if expect == Expect::Place => Expect::Place,
                    kind => kind.unwrap_or(expect),
                },
                value: c.value,
                doc: hit.doc.clone(),
                passage: hit.passage,
                lang: hit.lang,
                start: range.start,
                end: range.end,
                score: if hit.passage == 0
                    && matches!(expect, Expect::Organisation | Expect::Place | Expect::Date)
                {
                    in_lead(weight * closeness * fit)
                } else {
                    weight * closeness * fit
                },
            });
        }
    }
    if expect == Expect::Person
        && question.kind == Kind::Met
        && let Some(subject) = &subject
    {
        for (doc, weight) in best_read.clone() {
            let Some((article, people, _)) = articles.get(doc) else {
                continue;
            };
            for found in met_in_article(doc, article, people, subject) {
                picked.consider(Found {
                    score: found.score * weight,
                    ..found
                });
            }
        }
    }
    // "who is the lawyer of …": the person the article names in that role, wherever
    // it does (the passage saying it may hold none of the question's other words:
    // `avocate de l'association` for "lawyer of Eau et Rivières de Bretagne").
    // "who leads NUPW": the chief of the body asked about, wherever the article names
    // them (`NUPW Secretary-General Mary Wanjiku Otieno`).
    if expect == Expect::Person && question.kind == Kind::Who && (asks_role || leads_a_body) {
        let noun_roles: Vec<(usize, f32)> = roles_asked
            .iter()
            .copied()
            .filter(|&(_, gain)| gain == ROLE_ASKED || !asks_role)
            .collect();
        let subject_words: Vec<String> = subject
            .as_deref()
            .map(|s| s.split_whitespace().map(folded).collect())
            .unwrap_or_default();
        let most_gain = noun_roles.iter().map(|&(_, g)| g).fold(1.0, f32::max);
        for (doc, weight) in best_read.clone() {
            let Some((article, people, orgs)) = articles.get(doc) else {
                continue;
            };
            let spelled = spelled_out(article, orgs.as_deref().unwrap_or_default());
            let about = on_subject(article, subject.as_deref(), &other_names);
            for m in &people.mentions {
                let Some(passage) = article.get(m.paragraph) else {
                    continue;
                };
                let gain = role_gain_naming(
                    &passage.text,
                    &m.range,
                    &noun_roles,
                    &role_words,
                    &HashSet::new(),
                );
                if subject
                    .as_deref()
                    .is_some_and(|s| is_the_subject(s, &m.name))
                    || gain <= 1.0
                {
                    continue;
                }
                picked.consider(Found {
                    text: m.name.clone(),
                    expect: Expect::Person,
                    value: None,
                    doc: doc.to_string(),
                    passage: passage.passage,
                    lang: passage.lang,
                    start: m.range.start,
                    end: m.range.end,
                    // Of two holders of the role's kind, the one named by the
                    // question's own noun (`entraîneur`, not `capitaine`) first; of
                    // two kinds, the one fitting better (a president, then a chief,
                    // for "who chairs").
                    score: ROLE_IN_ARTICLE
                        * weight
                        * about
                        * (gain / most_gain)
                        * if leads_a_body
                            && role_of_subject(&passage.text, &m.range, &subject_words, &spelled)
                        {
                            ROLE_OF_SUBJECT
                        } else {
                            1.0
                        }
                        * body_gain(
                            &passage.text,
                            &m.range,
                            (&phrase_body_words, &role_body, &spelled),
                            deputy_asked(&role_words),
                        )
                        * if !acronyms_asked.is_empty()
                            && acronym_in_role_phrase(&passage.text, &m.range, &acronyms_asked)
                        {
                            ACRONYM_OF_BODY
                        } else {
                            1.0
                        },
                });
            }
        }
    }
    // A year told by a sentence of beginning, unless the question asks the day.
    if expect == Expect::Date && asks_founding && !asks_day {
        for (doc, weight) in best_read.clone() {
            let article = article_of(doc)?;
            let about = on_subject(&article, subject.as_deref(), &other_names);
            for found in founding_years(doc, &article) {
                picked.consider(Found {
                    score: found.score * weight * about,
                    ..found
                });
            }
        }
    }
    if expect == Expect::Age
        && let Some(subject) = &subject
    {
        // "berapa umur Gabriel, anak Veronika Lusi": the age of the one named first,
        // whom the words after the comma describe.
        let subject = named_before_comma(&question.question).unwrap_or(subject.as_str());
        for (doc, weight) in &best_read {
            let article = article_of(doc)?;
            for found in ages_in_article(doc, &article, subject) {
                picked.consider(Found {
                    score: found.score * weight,
                    ..found
                });
            }
        }
        // A person's age is said once, maybe in an article the question's other words
        // don't bring up (`le multimilliardaire américain de 39 ans`): the other
        // articles naming them are read too, when the best ones say no age. Where
        // they do, another article's `Darwis (58)` is more likely another Darwis.
        let naming = if picked.best.is_some() {
            Vec::new()
        } else {
            index.articles_naming(subject, ARTICLES_NAMING_READ)?
        };
        for doc in naming {
            if best_read.iter().any(|(d, _)| *d == doc) {
                continue;
            }
            let article = index.article(&doc)?;
            for found in ages_in_article(&doc, &article, subject) {
                picked.consider(Found {
                    score: found.score * NAMING_ONLY,
                    ..found
                });
            }
        }
    }
    // "how old is the captain of …": the age of the person the article names in
    // that role.
    if expect == Expect::Age && asks_role {
        let noun_roles: Vec<(usize, f32)> = roles_asked
            .iter()
            .copied()
            .filter(|&(_, gain)| gain == ROLE_ASKED)
            .collect();
        for (doc, weight) in best_read.clone() {
            let Some((article, people, _)) = articles.get(doc) else {
                continue;
            };
            for name in named_in_role(article, people, &noun_roles) {
                for found in ages_in_article(doc, article, name) {
                    picked.consider(Found {
                        score: found.score * weight * ROLE_IN_ARTICLE,
                        ..found
                    });
                }
            }
        }
    }
    Ok(picked
        .best
        .map(|best| fullest_date(best, &picked.dates_read)))
}

/// The best answer read so far, and every date read.
#[derive(Default)]
struct Picked {
    /// The candidate of the highest score, of the least an answer has at least.
    best: Option<Found>,
    /// Every date read, for the fullest form of the one answering (see `fullest_date`).
    dates_read: Vec<Found>,
}

impl Picked {
    /// Weighs one candidate against the best so far.
    fn consider(&mut self, mut found: Found) {
        // `H. Teuku Rizal Maulana`: the name after the pilgrim's title.
        if found.expect == Expect::Person
            && found.lang == Lang::Id
            && let Some(name) = without_pilgrim_title(&found.text)
        {
            found.start += found.text.len() - name.len();
            found.text = name.to_string();
        }
        if found.expect == Expect::Date && found.value.is_some() {
            self.dates_read.push(found.clone());
        }
        if found.score >= MIN_SCORE && self.best.as_ref().is_none_or(|b| found.score > b.score) {
            self.best = Some(found);
        }
    }
}

/// The answer, as the fullest form its article gives of the same day when it is a date
/// (`Thursday, November 26` written a paragraph after `on Thursday`): the weekday the
/// best passage holds, with its day and month.
fn fullest_date(best: Found, dates: &[Found]) -> Found {
    if best.expect != Expect::Date {
        return best;
    }
    let fuller = |same_day: &dyn Fn(&Found) -> bool| {
        dates
            .iter()
            .filter(|d| d.doc == best.doc && same_day(d) && d.text.len() > best.text.len())
            .filter(|d| d.text.contains(&best.text))
            .max_by_key(|d| d.text.len())
    };
    // A weekday alone is read as the one before the article's date or after it by the
    // tense around it, which French and Indonesian often leave unsaid (`Une enquête
    // publique s'ouvre lundi`): the article writing that weekday a week off in full
    // (`du lundi 15 juin au …`) tells which.
    let bare_weekday = !best.text.chars().any(|c| c.is_ascii_digit());
    let fuller = fuller(&|d| d.value == best.value).or_else(|| {
        fuller(&|d| {
            bare_weekday
                && matches!((day_number(&d.value), day_number(&best.value)), (Some(a), Some(b)) if (a - b).abs() == 7)
        })
    });
    match fuller {
        Some(d) => Found {
            score: best.score,
            ..d.clone()
        },
        None => best,
    }
}

/// The day number of an ISO 8601 date (`2026-06-15`), for the days between two.
fn day_number(value: &Option<String>) -> Option<i64> {
    let mut parts = value
        .as_deref()?
        .splitn(3, '-')
        .map(|p| p.parse::<i64>().ok());
    let (Some(Some(year)), Some(Some(month)), Some(Some(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    Some(crate::index::days_from_civil(year, month, day))
}

/// Articles naming the person asked about read for their age beyond the best hits'.
const ARTICLES_NAMING_READ: usize = 10;
/// What an age found in an article that only names the person (none of the best
/// hits is from it) keeps.
const NAMING_ONLY: f32 = 0.5;

/// How many of the best hits' articles are weighed for reading whole.
const ARTICLES_WEIGHED: usize = 10;
/// How many further hits' articles are read for one naming what the question is about,
/// when none of those weighed does: each is read whole, and a question naming what no
/// article names would read every article a hit came from.
const FURTHER_NAMING_READ: usize = 20;

/// How steeply an article's share of the topic (against the best of them) weighs its
/// candidates: a cube, so an article holding half the topic keeps an eighth.
const ARTICLE_TOPIC_POWER: f32 = 3.0;

/// The articles of the best hits to read whole, with the share of the best score their
/// best passage has: those whose share, times what they keep for naming what the
/// question is about (see `on_subject`), is highest. An article naming the town asked
/// about (`Bandung`) is read before one whose passage matched the question's common
/// words better (`Rue de la Station` for "dans quelle rue de Bandung").
fn best_articles<'h>(
    index: &dyn Backend,
    hits: &'h [Hit],
    top: f32,
    subject: Option<&str>,
    others: &[String],
    topic: Option<&Topic>,
) -> Result<BestArticles<'h>, SearchError> {
    let mut docs: Vec<(&str, f32)> = Vec::new();
    for hit in hits {
        if !docs.iter().any(|(d, _)| *d == hit.doc) {
            docs.push((&hit.doc, hit.score / top));
        }
    }
    let further = docs.split_off(docs.len().min(ARTICLES_WEIGHED));
    // How much of the topic each article holds in all its passages, as a share of the
    // most any of them holds: the best passages of an article on another story may
    // hold two of the question's words side by side (`société coopérative`), while the
    // story asked about holds all of them, a paragraph apart.
    let names_asked = subject.is_some() || !others.is_empty();
    let mut weighed = Vec::with_capacity(docs.len());
    let mut passages = HashMap::new();
    if topic.is_some() || names_asked {
        for (doc, share) in docs {
            let article = index.article(doc)?;
            let held = topic_held(topic, &article);
            let about = if names_asked {
                on_subject(&article, subject, others)
            } else {
                1.0
            };
            weighed.push((doc, share, held, about));
            passages.insert(doc, article);
        }
        // None of them names what the question is about (`dokter asal Quimperlé`,
        // asked in Indonesian of a French article whose common words it barely
        // shares): the first of the further hits' articles that does is weighed too.
        if let Some(subject) = subject.filter(|_| weighed.iter().all(|w| w.3 == OFF_SUBJECT)) {
            for (doc, share) in further.into_iter().take(FURTHER_NAMING_READ) {
                let article = index.article(doc)?;
                if !names_any(&article, subject) {
                    continue;
                }
                let held = topic_held(topic, &article);
                weighed.push((
                    doc,
                    share,
                    held,
                    on_subject(&article, Some(subject), others),
                ));
                passages.insert(doc, article);
                break;
            }
        }
    } else {
        weighed.extend(docs.into_iter().map(|(doc, share)| (doc, share, 0.0, 1.0)));
    }
    let most = weighed.iter().map(|w| w.2).fold(0.0, f32::max);
    let mut topic_fit: HashMap<&str, f32> = HashMap::new();
    if most > 0.0 {
        for (doc, share, held, _) in &mut weighed {
            let fit = (*held / most).powf(ARTICLE_TOPIC_POWER);
            topic_fit.insert(doc, fit);
            *share *= fit;
        }
    }
    // Stable: the ranker's order among articles as much about the question.
    weighed.sort_by(|a, b| (b.1 * b.3).total_cmp(&(a.1 * a.3)));
    let mut docs: Vec<(&str, f32)> = weighed
        .into_iter()
        .map(|(doc, share, _, _)| (doc, share))
        .collect();
    docs.truncate(ARTICLES_READ_WHOLE);
    Ok(BestArticles {
        read: docs,
        topic_fit,
        passages,
    })
}

/// How much of the topic an article holds in its title and all its passages.
fn topic_held(topic: Option<&Topic>, article: &[StoredPassage]) -> f32 {
    match (topic, article.first()) {
        (Some(topic), Some(first)) => {
            let whole: Vec<&str> = std::iter::once(first.title.as_str())
                .chain(article.iter().map(|p| p.text.as_str()))
                .collect();
            topic.coverage(&whole.join("\n"), first.lang)
        }
        _ => 0.0,
    }
}

/// What `best_articles` chose.
struct BestArticles<'h> {
    /// The articles to read whole, each with the share of the best score it keeps.
    read: Vec<(&'h str, f32)>,
    /// Each weighed article's share of the topic, against the best of them, raised to
    /// `ARTICLE_TOPIC_POWER`.
    topic_fit: HashMap<&'h str, f32>,
    /// The passages of the articles weighed, read once for all that reads them after.
    passages: HashMap<&'h str, Vec<StoredPassage>>,
}

/// Whether an article names a word of `subject`: written with a capital, as a name is
/// (`agen`, an agent, is not `Agen`, the town), accents aside. The words saying what
/// kind of place or body the subject is (`Kabupaten` of `Kabupaten Garut`,
/// `Agglomération` of `Agglomération Agen`) name nothing of their own when the subject
/// holds another word.
fn names_any(article: &[StoredPassage], subject: &str) -> bool {
    let texts = article
        .iter()
        .flat_map(|p| [p.title.as_str(), p.text.as_str()]);
    names_in(texts, subject)
}

/// Whether any of the best `hits` names what the question is about (see `names_any`),
/// or the question is about nothing named.
pub(crate) fn hits_name_subject(question: &Question, hits: &[Hit]) -> bool {
    subject(question).is_none_or(|subject| {
        names_in(
            hits.iter()
                .flat_map(|h| [h.title.as_str(), h.text.as_str()]),
            &subject,
        )
    })
}

/// Whether one of `texts` names a word of `subject` (see `names_any`).
fn names_in<'t>(texts: impl Iterator<Item = &'t str>, subject: &str) -> bool {
    let is_kind = |w: &str| {
        let lower = w.to_lowercase();
        language::any(|p| p.place_nouns, &lower)
            || language::any(|p| p.organisation_words, &lower)
            || language::any(|p| p.organisation_nouns, &lower)
    };
    let all: Vec<&str> = subject.split_whitespace().collect();
    let own: Vec<&str> = all.iter().copied().filter(|w| !is_kind(w)).collect();
    let own = if own.is_empty() { all } else { own };
    // A place of one word the lexicon translates is named in the article's own
    // language (`Cornouailles` by `Cornwall`, `Londres` by `London`); a word of a longer
    // name is not translated (`West Kelowna` is not `Kalimantan Barat`).
    let exonyms: Vec<String> = match own[..] {
        [single] => translations(&single.to_lowercase())
            .into_iter()
            .filter(|t| !t.contains(' '))
            .map(folded)
            .collect(),
        _ => Vec::new(),
    };
    let wanted: Vec<String> = own.into_iter().map(folded).chain(exonyms).collect();
    let mut texts = texts;
    texts.any(|text| {
        words(text).iter().any(|w| {
            // `l'Estrie` names Estrie.
            let text = super::quotes::without_elision(w.text);
            text.starts_with(char::is_uppercase) && {
                let w = folded(text);
                wanted.iter().any(|s| same_name_word(s, &w))
            }
        })
    })
}

/// What an article keeps of its score for what the question is about: all of it when
/// it names the subject and every other name the question gives, `PARTLY_ON_SUBJECT`
/// when it misses one of those, `OFF_SUBJECT` when it never names the subject.
fn on_subject(article: &[StoredPassage], subject: Option<&str>, others: &[String]) -> f32 {
    match subject {
        Some(s) if !names_any(article, s) => OFF_SUBJECT,
        _ if others.iter().any(|name| !names_any(article, name)) => PARTLY_ON_SUBJECT,
        _ => 1.0,
    }
}

/// The names a question gives besides its subject's words, each a run of capitalised
/// words of its topic, when it gives two or more: `Kishida` of "quand Zuckerberg
/// a-t-il rencontré Kishida". A name the lexicon translates (`Japan`) is a place an
/// article may write in its own language, and is left out.
fn other_names(question: &Question) -> Vec<String> {
    let ws = words(&question.topic);
    let mut runs: Vec<Vec<&str>> = Vec::new();
    let mut open = false;
    for (i, w) in ws.iter().enumerate() {
        let name = !w.is_punct()
            && w.is_capitalized()
            && !is_demonym(&ws, i)
            && language::month_of(w.text).is_none()
            && language::weekday_of(w.text).is_none();
        // `di Koudougou, Burkina Faso`: the topic drops the comma that parts two
        // names in the question.
        let parted = i > 0
            && question
                .question
                .contains(&format!("{}, {}", ws[i - 1].text, w.text));
        if name && open && !parted {
            if let Some(run) = runs.last_mut() {
                run.push(w.text);
            }
        } else if name {
            runs.push(vec![w.text]);
        }
        open = name;
    }
    let runs: Vec<String> = runs
        .into_iter()
        .filter(|run| {
            run.iter()
                .all(|w| translations(&w.to_lowercase()).is_empty())
        })
        .map(|run| run.join(" "))
        .collect();
    // Without a speaker, the subject is every name joined, and any of its words will
    // do; each name is then asked for on its own.
    if runs.len() + usize::from(question.speaker.is_some()) < 2 {
        return Vec::new();
    }
    runs
}

/// A word lower-cased, its accents dropped.
fn folded(word: &str) -> String {
    crate::analysis::terms(crate::analysis::AnalyzerKind::Neutral, word).concat()
}

/// Whether two folded words are one name as two languages write it (`indonesie` /
/// `indonesia`, `marseille` / `marseilles`): equal, or long and alike but for their
/// last two letters.
fn same_name_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    la.min(lb) >= 6 && common >= la.max(lb) - 2
}

/// Where a text tells of a meeting (`bertemu`, `a rencontré`, `met`).
fn meeting_words(text: &str) -> Vec<[usize; 2]> {
    let lower = text.to_lowercase();
    // Lower-casing can change byte lengths: offsets only when it didn't.
    if lower.len() != text.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for stem in language::all(|p| p.meeting_stems) {
        for (at, _) in lower.match_indices(stem) {
            let end = lower[at..]
                .find(|c: char| !c.is_alphanumeric())
                .map_or(lower.len(), |e| at + e);
            out.push([at, end.max(at + stem.trim_end().len())]);
        }
    }
    out.sort_unstable();
    out
}

/// People met in an article's paragraphs that tell of a meeting: the article names
/// the subject, and the paragraph names someone else, after the verb of meeting (`la
/// dirigeante a rencontré le ministre …, Julien Moreau`).
fn met_in_article(
    doc: &str,
    article: &[StoredPassage],
    people: &People,
    subject: &str,
) -> Vec<Found> {
    if !people
        .mentions
        .iter()
        .any(|m| same_speaker(subject, &m.name))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, passage) in article.iter().enumerate() {
        let Some(&[verb, _]) = meeting_words(&passage.text).first() else {
            continue;
        };
        let names_subject = people
            .mentions
            .iter()
            .any(|m| m.paragraph == i && same_speaker(subject, &m.name));
        for m in people
            .mentions
            .iter()
            .filter(|m| m.paragraph == i && !same_speaker(subject, &m.name))
        {
            let after = m.range.start > verb;
            out.push(Found {
                text: m.name.clone(),
                expect: Expect::Person,
                value: None,
                doc: doc.to_string(),
                passage: passage.passage,
                lang: passage.lang,
                start: m.range.start,
                end: m.range.end,
                score: ARTICLE_LEVEL
                    * if after { 1.0 } else { BEFORE_MEETING }
                    * if names_subject { 1.0 } else { 0.8 },
            });
        }
    }
    out
}

/// How close `range` stands to the question's words matched in `text`: for each
/// distinct word matched, a share that halves every `HALF_DISTANCE` words away from
/// its nearest occurrence, averaged over `out_of` words at least (the most a passage
/// holds), each word the passage lacks counting `ABSENT_WORD`. Words inside the candidate (the unit a count
/// shares with the question) count as beside it.
fn closeness(text: &str, range: &Range<usize>, highlights: &[[usize; 2]], out_of: usize) -> f32 {
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
        // A sentence's end between them counts as more words: what a sentence says
        // of the question's words is closer than what the next one says.
        let distance = between.map_or(usize::MAX, |b| {
            let ends = b
                .split_whitespace()
                .filter(|w| w.ends_with(['.', '!', '?']) && w.chars().count() > 2)
                .count();
            b.split_whitespace().count() + ends * SENTENCE_GAP
        });
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
    let absent = out_of.saturating_sub(nearest.len());
    (total + absent as f32 * ABSENT_WORD) / (nearest.len() + absent) as f32
}

/// How many distinct words (case aside) `highlights` mark in `text`.
fn distinct_words(text: &str, highlights: &[[usize; 2]]) -> usize {
    let mut seen: Vec<String> = highlights
        .iter()
        .filter_map(|&[s, e]| text.get(s..e).map(str::to_lowercase))
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}

/// Whether the person named `name` is the `subject` a question asks about: one of the
/// two names holds all the other's words (`Zuckerberg`, `Mark Zuckerberg`). Names that
/// share a word but each hold one of their own (`Maison Darrieux` and `Henri Darrieux`:
/// a firm and the man who runs it, or two brothers) are two.
fn is_the_subject(subject: &str, name: &str) -> bool {
    let holds = |a: &str, b: &str| {
        b.split_whitespace()
            .all(|w| same_speaker(w, a) || same_speaker(a, w))
    };
    same_speaker(subject, name) && (holds(subject, name) || holds(name, subject))
}

/// Words opening a clause or a context after a question's noun phrase, in the three
/// languages, lower case.
const CLAUSE_OPENERS: &[&str] = &[
    "yang", "who", "which", "that", "qui", "que", "dalam", "dans", "during", "selama", "lors",
    "saat", "when", "ketika", "où", "where", "whose", "dont", "after", "après", "setelah", "since",
    "depuis", "sejak",
];

/// What the question asks of the role of the person it asks (see `persons`).
struct RoleAsked<'a> {
    /// The words of the body the role is held in, as the question writes them.
    body_words: &'a HashSet<String>,
    /// Those of the noun phrase asked (see `body_gain`).
    phrase_body_words: &'a HashSet<String>,
    /// The role's own words.
    role_words: &'a HashSet<String>,
    /// The kind of body the role is of (`police` of "police chief").
    role_body: &'a HashSet<String>,
    /// Whether an officer is asked.
    officer_asked: bool,
    /// Whether a verb of leading asks.
    asks_leader: bool,
    /// The article's acronyms, spelled out.
    spelled: &'a SpelledOut,
    /// The bodies' acronyms the question writes (`BPBD`).
    acronyms: &'a [&'a str],
}

/// The people a passage names, but not the one the question is about.
fn persons(
    hit: &Hit,
    article: &[StoredPassage],
    people: &People,
    subject: Option<&str>,
    asks_met: bool,
    roles_asked: &[(usize, f32)],
    RoleAsked {
        body_words,
        phrase_body_words,
        role_words,
        role_body,
        officer_asked,
        asks_leader,
        spelled,
        acronyms,
    }: RoleAsked,
) -> Vec<Candidate> {
    let Some(paragraph) = article.iter().position(|p| p.passage == hit.passage) else {
        return Vec::new();
    };
    let meeting = meeting_words(&hit.text)
        .first()
        .map(|&[start, _]| start)
        .filter(|_| asks_met);
    // Who was met stands on the other side of the verb from who met them (`A bertemu
    // dengan B`): the side the subject isn't on.
    let subject_after = meeting.is_some_and(|verb| {
        subject.is_some_and(|s| {
            let text = hit.text.to_lowercase();
            s.split_whitespace()
                .filter_map(|w| text.find(&w.to_lowercase()))
                .any(|at| at > verb)
        })
    });
    // "which judge sentenced …": one the article never names in the role the question
    // names, where it names another so, is likelier another party.
    let holders = holders_of_trade(article, people, roles_asked, role_words, body_words);
    // "who is the mayor of Djougou": where the article names someone in the very word
    // the question asks by (`Le maire de Djougou, Yaya Séidou Gomina`), one it names
    // only in another word of that role's class (`Le préfet de la Donga`) holds another.
    let written = role_words_written(role_words);
    let word_holders = holders_by_word(
        article,
        people,
        roles_asked,
        (role_words, &written, body_words),
    );
    // "Siapa Kepala BPBD Kabupaten Mamasa": where the article names someone in a role
    // whose phrase writes the body's acronym the question gives (`Kepala Badan
    // Penanggulangan Bencana Daerah (BPBD) Kabupaten Mamasa, Ir. Daniel Sampe Tanan`),
    // the head of another body (`Kepala SD Negeri 027`) holds no role asked.
    let acronym_holders: Vec<&str> = if acronyms.is_empty() || roles_asked.is_empty() {
        Vec::new()
    } else {
        people
            .mentions
            .iter()
            .filter(|m| {
                article.get(m.paragraph).is_some_and(|p| {
                    acronym_in_role_phrase(&p.text, &m.range, acronyms)
                        && role_gain_naming(&p.text, &m.range, roles_asked, role_words, body_words)
                            > 1.0
                })
            })
            .map(|m| m.name.as_str())
            .collect()
    };
    people
        .mentions
        .iter()
        .filter(|m| m.paragraph == paragraph)
        .filter(|m| subject.is_none_or(|s| !is_the_subject(s, &m.name)))
        .map(|m| {
            let role = role_gain_naming(&hit.text, &m.range, roles_asked, role_words, body_words);
            let role = if !acronym_holders.is_empty() && !acronym_holders.contains(&m.name.as_str())
            {
                role.min(1.0)
            } else {
                role
            };
            // "who heads the laboratory": `La structure est dirigée par Dr Aïssatou Bah`,
            // the one a passive verb of leading names, leads what is asked about.
            // So does one a relative clause says leads (`Sarah Matthews, who chairs the
            // Northern Wairoa Kūmara Growers' Association`).
            let role = if asks_leader
                && (led_by_before(&hit.text, &m.range) || leads_after(&hit.text, &m.range))
            {
                role.max(LED_BY)
            } else {
                role
            };
            let role = if holders.is_empty() || holders.contains(&m.name.as_str()) {
                role
            } else {
                role * ANOTHER_HOLDS_THE_ROLE
            };
            let role = if !word_holders.is_empty()
                && !word_holders.contains(&m.name.as_str())
                && role_word_written(&hit.text, &m.range, &written) == Some(false)
            {
                role.min(1.0)
            } else {
                role
            };
            let ranked = officer_asked && holds_a_rank(article, people, &m.name);
            // "which police officer led …": a head of another kind (`Ketua RT 03`),
            // without a rank, gains nothing by leading.
            let role = if officer_asked && !ranked {
                role.min(1.0)
            } else {
                role
            };
            Candidate {
                text: m.name.clone(),
                value: None,
                range: m.range.clone(),
                core: m.range.clone(),
                // Who was met stands after the verb (`X bertemu dengan Y`, `X met Y`).
                fit: match meeting {
                    Some(verb) if (m.range.start < verb) != subject_after => BEFORE_MEETING,
                    _ => 1.0,
                } * role
                    * if ranked {
                        RANK_ASKED
                    } else {
                        1.0
                    }
                    // The body of another role is no body asked (`Le maire de Rimouski`
                    // for "who chairs the housing co-op … in Rimouski").
                    * if roles_asked.is_empty() || role <= 1.0 {
                        1.0
                    } else {
                        body_gain(
                            &hit.text,
                            &m.range,
                            (phrase_body_words, role_body, spelled),
                            deputy_asked(role_words),
                        )
                    },
                kind: None,
            }
        })
        .collect()
}

/// What a person named as the doer of a passive gains when the question asks who did
/// something.
const DONE_BY: f32 = 1.5;

/// Whether a question asks who did something, in the active: "who" and a verb in the
/// past (`who inaugurated`), `qui a` and no passive (`qui a inauguré`, not `qui a été
/// arrêté`), or Indonesian "siapa yang" and a verb of the active voice (`meresmikan`,
/// not `ditangkap`); not a verb of leading.
fn asks_a_deed(lower: &[String]) -> bool {
    let at = |i: usize| lower.get(i).map_or("", String::as_str);
    let Some(who) = lower
        .iter()
        .position(|w| matches!(w.as_str(), "who" | "qui" | "siapa"))
    else {
        return false;
    };
    let next = at(who + 1);
    // Leading is no deed done once (`who chairs`, `siapa yang memimpin`): see `LED_BY`.
    let (deed, verb) = match at(who) {
        "who" => (next.ends_with("ed") || next == "laid", next),
        "qui" => (
            matches!(next, "a" | "ont") && at(who + 2) != "été",
            at(who + 2),
        ),
        _ => (next == "yang" && at(who + 2).starts_with("me"), at(who + 2)),
    };
    deed && !language::any(|p| p.leading_verbs, verb)
}

/// The passives of the Indonesian verbs of the active voice a question writes
/// (`memfasilitasi` → `difasilitasi`, `menyita` → `disita` is not told: a nasal that
/// replaced the root's first letter stays).
fn passives_asked(asked: &[Word]) -> Vec<String> {
    asked
        .iter()
        .filter(|w| !w.is_capitalized())
        .filter_map(|w| {
            let lower = w.lower();
            let stem = ["meng", "mem", "men", "me"]
                .iter()
                .find_map(|p| lower.strip_prefix(p))?;
            (stem.chars().count() >= 4).then(|| format!("di{stem}"))
        })
        .collect()
}

/// Whether a name follows the passive of a verb the question writes, "by" (`oleh`)
/// left out or not.
fn after_passive(text: &str, name: &Range<usize>, passives: &[String]) -> bool {
    let (_, before) = words_before(text, name.start);
    let mut k = before.len();
    if k > 0 && before[k - 1].lower() == "oleh" {
        k -= 1;
    }
    k > 0 && passives.iter().any(|p| *p == before[k - 1].lower())
}

/// Whether the words before a name make it the doer of a passive: "by" (`oleh`, `par`)
/// then only a role, its body and titles (`dilakukan langsung oleh Bupati Sanggau, Drs.`,
/// `inaugurated by Works Minister`).
fn done_by_before(text: &str, name: &Range<usize>) -> bool {
    /// Words between "by" and the name, at most.
    const BY_WORDS: usize = 8;
    let before = words(&text[..name.start]);
    // A period only after a title written with it (`Drs.`), not a sentence's.
    let abbreviation = |k: usize| {
        k > 0 && {
            let prev = &before[k - 1];
            prev.start + prev.text.len() == before[k].start
                && language::any(|p| p.person_titles, &prev.lower())
        }
    };
    (0..before.len())
        .rev()
        .take(BY_WORDS)
        .take_while(|&k| {
            let w = &before[k];
            w.is_capitalized()
                || w.text == ","
                || (w.text == "." && abbreviation(k))
                || role_class(w.text).is_some()
                || language::AGENT_WORDS.contains(&w.lower().as_ref())
                || language::any(|p| p.articles, &w.lower())
                || language::any(|p| p.of_words, &w.lower())
                || language::any(|p| p.person_titles, &w.lower())
        })
        .any(|k| language::AGENT_WORDS.contains(&before[k].lower().as_ref()))
}

/// Whether the words after a name say it leads, in a relative clause set off by a
/// comma (`Sarah Matthews, who chairs …`, `…, qui préside …`, `…, yang memimpin …`).
fn leads_after(text: &str, name: &Range<usize>) -> bool {
    let after = first_words(&text[name.end..]);
    // The verb right after the comma and the pronoun, no age between (`, who chairs`).
    leads_after_name(&after) == Some(2) && crate::people::leads_a_body(&after[3..])
}

/// Whether the words before a name say it leads, with a passive verb of leading (`est
/// dirigée par Dr Aïssatou Bah`, `led by`, `dipimpin arkeolog Dr. Anindya`): the verb,
/// "by" (Indonesian may leave it out), up to two nouns in lower case and a title.
fn led_by_before(text: &str, name: &Range<usize>) -> bool {
    let before = words(&text[..name.start]);
    let mut k = before.len();
    let back = |k: &mut usize, keep: &dyn Fn(&Word) -> bool| {
        if *k > 0 && keep(&before[*k - 1]) {
            *k -= 1;
            true
        } else {
            false
        }
    };
    back(&mut k, &|w: &Word| w.text == ".");
    back(&mut k, &|w: &Word| {
        titles_from(std::slice::from_ref(w)) == 0
    });
    let mut nouns = 0;
    while nouns < 2
        && back(&mut k, &|w: &Word| {
            !w.is_capitalized()
                && !w.is_punct()
                && !is_common_word(w.text)
                && !language::any(|p| p.leading_verbs, &w.lower())
        })
    {
        nouns += 1;
    }
    let by = back(&mut k, &|w: &Word| {
        matches!(w.lower().as_ref(), "by" | "par" | "oleh")
    });
    k > 0 && {
        let verb = before[k - 1].lower();
        let passive = verb.starts_with("di")
            || ["é", "ée", "és", "ées", "ed"]
                .iter()
                .any(|e| verb.ends_with(e));
        language::any(|p| p.leading_verbs, &verb) && passive && (by || verb.starts_with("di"))
    }
}

/// Whether the question asks by a noun of people near its opening (`siapa anggota
/// dewan`, `quelle élue départementale`, `which Kalgoorlie-Boulder councillor`).
fn asks_by_a_person_noun(asked: &[Word]) -> bool {
    /// The words from the opening a noun asked by stands in.
    const OPENING_WORDS: usize = 4;
    asked
        .iter()
        .filter(|w| !w.is_punct())
        .take(OPENING_WORDS)
        .any(|w| {
            let lower = w.lower();
            language::PERSON_NOUNS.contains(&lower.as_ref())
                || (!w.is_capitalized() && crate::plan::question::names_someone_by_trade(&lower))
        })
}

/// The person named right before an age (`Veronika Lusi (34)`, `Sophie Marchal, 42
/// ans`), in paragraph `paragraph` of the article.
fn age_owner<'a>(
    people: &'a People,
    paragraph: Option<usize>,
    text: &str,
    age: &Range<usize>,
) -> Option<&'a people::Mention> {
    people.mentions.iter().find(|m| {
        Some(m.paragraph) == paragraph
            && m.range.end <= age.start
            && text[m.range.end..age.start]
                .chars()
                .all(|ch| ch.is_whitespace() || matches!(ch, ',' | '('))
    })
}

/// What a person the article never names in the role asked keeps, where it names
/// another in it.
const ANOTHER_HOLDS_THE_ROLE: f32 = 0.5;

/// The people an article names in one of `roles` (the roles a question asks by its
/// nouns), once each.
fn named_in_role<'a>(
    article: &[StoredPassage],
    people: &'a People,
    roles: &[(usize, f32)],
) -> Vec<&'a str> {
    let mut in_role: Vec<&str> = people
        .mentions
        .iter()
        .filter(|m| {
            article
                .get(m.paragraph)
                .is_some_and(|p| role_gain(&p.text, &m.range, roles) > 1.0)
        })
        .map(|m| m.name.as_str())
        .collect();
    in_role.sort_unstable();
    in_role.dedup();
    in_role
}

/// The people an article names in a role of a trade the question asks by (`which
/// judge`: `la juge Chantal Bérubé`, not the fisherman she sentenced). Not a chief's:
/// every body has one, written in more ways than are read (`Jason Brolund, the fire
/// chief of …`).
fn holders_of_trade<'a>(
    article: &[StoredPassage],
    people: &'a People,
    roles_asked: &[(usize, f32)],
    role_words: &HashSet<String>,
    body_words: &HashSet<String>,
) -> Vec<&'a str> {
    let trades: Vec<(usize, f32)> = roles_asked
        .iter()
        .copied()
        .filter(|&(kind, gain)| gain >= ROLE_ASKED && kind != CHIEF)
        .collect();
    if trades.is_empty() {
        return Vec::new();
    }
    people
        .mentions
        .iter()
        .filter(|m| {
            article.get(m.paragraph).is_some_and(|p| {
                role_gain_naming(&p.text, &m.range, &trades, role_words, body_words) > 1.0
            })
        })
        .map(|m| m.name.as_str())
        .collect()
}

/// The question's role nouns (folded) in the three languages (`mayor`: `maire`,
/// `bupati`).
fn role_words_written(role_words: &HashSet<String>) -> HashSet<String> {
    role_words
        .iter()
        .flat_map(|w| translations(w).into_iter().map(folded).chain([w.clone()]))
        .collect()
}

/// Whether the role written before a name is written with one of `written` (`Le maire
/// de Djougou, Yaya Séidou Gomina`): `None` when no role is written there.
fn role_word_written(text: &str, name: &Range<usize>, written: &HashSet<String>) -> Option<bool> {
    let before = words(&text[..name.start]);
    let phrase = role_phrase(&before);
    // A woman's form is the role's word too (`La directrice` for "direktur").
    let is_written = |w: &Word| {
        let w = folded(w.text);
        written.contains(&w) || french_masculine(&w).is_some_and(|m| written.contains(&m))
    };
    if phrase.iter().any(is_written) {
        Some(true)
    } else {
        phrase
            .iter()
            .any(|w| role_class(w.text).is_some())
            .then_some(false)
    }
}

/// The people an article names in a role the question asks, written with one of
/// `written`, the nouns the question asks by (see `role_words_written`).
fn holders_by_word<'a>(
    article: &[StoredPassage],
    people: &'a People,
    roles_asked: &[(usize, f32)],
    (role_words, written, body_words): (&HashSet<String>, &HashSet<String>, &HashSet<String>),
) -> Vec<&'a str> {
    people
        .mentions
        .iter()
        .filter(|m| {
            article.get(m.paragraph).is_some_and(|p| {
                role_word_written(&p.text, &m.range, written) == Some(true)
                    && role_gain_naming(&p.text, &m.range, roles_asked, role_words, body_words)
                        > 1.0
            })
        })
        .map(|m| m.name.as_str())
        .collect()
}

/// Whether a role's word names a trade its deputies practise too: a judge's, a
/// prosecutor's, a lawyer's.
fn a_trade(word: &str) -> bool {
    static TRADES: std::sync::LazyLock<Vec<usize>> = std::sync::LazyLock::new(|| {
        ["judge", "prosecutor", "lawyer"]
            .iter()
            .filter_map(|w| role_class(w))
            .collect()
    });
    role_class(word)
        .or_else(|| role_class(&word.to_lowercase()))
        .is_some_and(|k| TRADES.contains(&k))
}

/// What a person written with a rank gains when the question asks for an officer
/// (`perwira polisi` → `AKP Dimas Prasetyo`, not the club chairman beside him).
const RANK_ASKED: f32 = 3.0;

/// Whether the article writes a rank right before one of the person's mentions
/// (`AKP Dimas Prasetyo`, `Kombes Pol Budi`, `Det Insp Jane Doe`, `l'adjudant-chef
/// Ibrahima Sarr`): the rank is written once, beside the full name.
fn holds_a_rank(article: &[StoredPassage], people: &People, name: &str) -> bool {
    /// The words before a name a rank may stand in (`Kombes Pol`, `Det Insp`).
    const RANK_WORDS: usize = 2;
    people.mentions.iter().filter(|m| m.name == name).any(|m| {
        article
            .get(m.paragraph)
            .and_then(|p| p.text.get(..m.range.start))
            .is_some_and(|before| {
                words(before)
                    .iter()
                    .rev()
                    .take_while(|w| !w.is_punct() || w.text == ".")
                    .filter(|w| !w.is_punct())
                    .take(RANK_WORDS)
                    .any(|w| {
                        let lower = w.lower();
                        let lower = super::quotes::without_elision(lower.trim_end_matches('.'));
                        language::RANKS.contains(&lower)
                    })
            })
    })
}

/// The role noun a question's word asks by, lower case: the word itself when it is a
/// role noun, or the noun of the one who does what a verb says (`entraîne` →
/// `entraîneur`, `melatih` → `pelatih`, `coaches` → `coach`, `prosecuted` →
/// `prosecutor`) when that noun is a role, and `lawyer` for a verb of defending in
/// court (`défendu`, `membela`). Verbs of leading are left to
/// `leads_a_body`: a round of funding is led by a fund, not a leader.
fn role_asked_by(w: &Word) -> Option<String> {
    if role_class(w.text).is_some() {
        return Some(w.lower().into_owned());
    }
    let lower = w.lower();
    if w.is_capitalized() && !w.text.chars().all(char::is_uppercase) && lower.len() < 4
        || language::any(|p| p.leading_verbs, &lower)
    {
        return None;
    }
    // "qui a défendu Ludovic Payet", "who defended": the lawyer.
    if language::DEFENDING_VERBS.contains(&lower.as_ref()) {
        return Some("lawyer".to_string());
    }
    let mut nouns: Vec<String> = Vec::new();
    // French: `entraîne` → `entraîneur`.
    if lower.ends_with('e') {
        nouns.push(format!("{lower}ur"));
    }
    // English: `coaches` → `coach`, `trains` → `trainer`, `prosecuted` → `prosecutor`.
    for ending in ["es", "s", "ed", "d"] {
        if let Some(stem) = lower.strip_suffix(ending).filter(|s| s.len() >= 4) {
            nouns.push(stem.to_string());
            nouns.push(format!("{stem}er"));
            nouns.push(format!("{stem}or"));
        }
    }
    // Indonesian: the doer's prefix for the verb's (`menuntut` → `penuntut`).
    if let Some(rest) = lower.strip_prefix("me").filter(|r| r.len() >= 4) {
        nouns.push(format!("pe{rest}"));
    }
    nouns.into_iter().find(|n| role_class(n).is_some())
}

/// Whether a question writes a role's noun itself (`engineer`, `kepala`), not only a
/// verb a role is read from (`inspected`).
fn names_a_role(asked: &[Word]) -> bool {
    asked.iter().any(role_noun_written)
}

/// Whether `w` is a role's noun, singular or plural (`judges`), not a verb a role is
/// read from.
fn role_noun_written(w: &Word) -> bool {
    let lower = w.lower();
    role_asked_by(w).is_some_and(|noun| {
        noun == lower
            || lower.strip_suffix('s') == Some(noun.as_str())
            || lower.strip_suffix("es") == Some(noun.as_str())
    })
}

/// Words after which a question's role names another party than the one asked: the
/// relative pronouns and "against".
const ANOTHER_PARTY_WORDS: &[&str] = &[
    "that", "who", "whom", "which", "against", "qui", "que", "contre", "yang", "terhadap",
    "melawan",
];

/// The kinds of role a question asks by name: every role noun, but one that a role
/// noun before it is of (`chef` of "l'avocat de l'ancien chef du village", `head` of
/// "the lawyer of the former village head": the lawyer is asked, not the head), and
/// one past `ANOTHER_PARTY_WORDS`.
fn roles_in_question(asked: &[Word]) -> Vec<usize> {
    /// Words from a role to the "of" after it, at most (`avocat de`, `lawyer for the`).
    const OF_AFTER_ROLE: usize = 2;
    let ws: Vec<&Word> = asked.iter().filter(|w| !w.is_punct()).collect();
    let mut roles = Vec::new();
    // "who was the public prosecutor in the case against the former mayor": the one
    // asked is named by a noun of no role; the role after it is another's.
    if !nouns_asked(asked).is_empty() {
        return roles;
    }
    // "which councillor defended the credit": defending asks a lawyer only where no
    // noun of people says who is asked.
    let person_noun = ws
        .iter()
        .any(|w| language::PERSON_NOUNS.contains(&w.lower().as_ref()));
    let mut first_role: Option<usize> = None;
    // "which engineer inspected the building": a role the question names by its noun
    // is the one asked; its verbs say what was done, not another role (`inspector`).
    let named_role = names_a_role(asked);
    // "who chaired the panel of judges that sentenced the former transport chief",
    // "quelle procureure avait requis … contre l'ancien chef": past a relative pronoun
    // or "against" after the first role, a role is another party's.
    let mut another_party = false;
    for (i, w) in ws.iter().enumerate() {
        if person_noun && language::DEFENDING_VERBS.contains(&w.lower().as_ref()) {
            continue;
        }
        if first_role.is_some() && ANOTHER_PARTY_WORDS.contains(&w.lower().as_ref()) {
            another_party = true;
        }
        let Some(kind) = role_asked_by(w).and_then(|n| role_class(&n)) else {
            continue;
        };
        if another_party || (named_role && !role_noun_written(w)) {
            continue;
        }
        let of_an_earlier = first_role.is_some_and(|r| {
            (r + 1..=(r + OF_AFTER_ROLE).min(i))
                .any(|k| language::any(|p| p.of_words, &ws[k].lower()))
        });
        if !of_an_earlier {
            roles.push(kind);
        }
        first_role.get_or_insert(i);
    }
    roles
}

/// What the person at `range` of `text` gains when named in one of `roles` (kinds of
/// `language::ROLE_KINDS`, each with its gain): a role word among the four words
/// before the name (`le président du club, Marc Delorme`), or right after it and a
/// comma (`Mark Zuckerberg, CEO Meta`); 1 when in none.
fn role_gain(text: &str, range: &Range<usize>, roles: &[(usize, f32)]) -> f32 {
    role_gain_naming(text, range, roles, &HashSet::new(), &HashSet::new())
}

/// Whether the words after a name open with a verb of leading it is the subject of,
/// past an age set off by commas or brackets and a relative pronoun (`, âgée de 44
/// ans, dirige`, `(52) memimpin`, `, who heads`, `, qui dirige`).
fn leads_after_name(after: &[Word]) -> Option<usize> {
    let text = |k: usize| after.get(k).map(|w| w.lower());
    let digits = |k: usize| {
        after
            .get(k)
            .is_some_and(|w| w.text.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut k = 0;
    if text(k).as_deref() == Some("(") && digits(k + 1) && text(k + 2).as_deref() == Some(")") {
        k += 3;
    }
    if text(k).as_deref() == Some(",") {
        k += 1;
        let mut age = k;
        if text(age).is_some_and(|w| language::any(|p| p.age_cues, &w) || w == "aged") {
            age += 1;
            if text(age).as_deref() == Some("de") {
                age += 1;
            }
        }
        if digits(age) {
            age += 1;
            if text(age).is_some_and(|w| language::any(|p| p.age_units, &w)) {
                age += 1;
            }
            if text(age).as_deref() == Some(",") {
                k = age + 1;
            }
        }
    }
    if text(k).is_some_and(|w| matches!(w.as_ref(), "qui" | "who" | "yang")) {
        k += 1;
    }
    text(k)
        .is_some_and(|w| language::any(|p| p.leading_verbs, &w) && w != "tête")
        .then_some(k)
}

/// Words after a verb of leading in which the body led is looked for.
const LED_BODY_WORDS: usize = 6;

/// Whether the question asks for a deputy (`which deputy regent`, `siapa wakil
/// bupati`), among its role words.
fn deputy_asked(role_words: &HashSet<String>) -> bool {
    // Written in one word too (`vice-president`, folded `vicepresident`).
    role_words.iter().any(|w| {
        language::any(|p| p.deputy_words, w)
            || language::PROFILES.iter().any(|p| {
                p.deputy_words.iter().any(|d| {
                    w.strip_prefix(d)
                        .is_some_and(|role| role_class(role).is_some())
                })
            })
    })
}

/// The words after a division's noun its field is looked for in (`Bidang Kesehatan
/// Hewan`), before the office's name (`Dinkes Bantul`), which the question may name too.
const DIVISION_NAME_WORDS: usize = 2;

/// `role_gain`, times `SAME_ROLE_WORD` when the role before the name is written with
/// one of `role_words` (folded), the nouns the question asks by.
fn role_gain_naming(
    text: &str,
    range: &Range<usize>,
    roles: &[(usize, f32)],
    role_words: &HashSet<String>,
    body_words: &HashSet<String>,
) -> f32 {
    if roles.is_empty() {
        return 1.0;
    }
    // The head of a unit holds no role asked of a body, unless the question names a unit
    // or a unit's field; then only a head of that field's unit holds it.
    let fields_asked: Vec<usize> = role_words
        .iter()
        .filter_map(|w| language::unit_field(w))
        .collect();
    let unit_asked = !fields_asked.is_empty()
        || role_words
            .iter()
            .any(|w| language::UNIT_NOUNS.contains(&w.as_str()));
    let gain = |w: &Word| {
        if !unit_asked && language::id::UNIT_CHIEFS.contains(&w.lower().as_ref()) {
            return 1.0;
        }
        // `Me Thomas Courbebaisse`: French writes a lawyer's title (Maître) so.
        // `Ketua Majelis Hakim Ni Made Sukerti`: a word that is a role in lower case
        // only (`Hakim`, a name too) is one before the name, outside it.
        // `médecin-chef`, `infirmière-cheffe`: a compound ending with a chief's word is a
        // chief (not `sous-préfet`, a prefect's deputy).
        let class = if w.text == "Me" {
            role_class("avocat")
        } else {
            role_class(w.text)
                .or_else(|| role_class(&w.lower()))
                .or_else(|| {
                    w.text
                        .rsplit_once('-')
                        .and_then(|(_, last)| role_class(last))
                        .filter(|&k| k == CHIEF)
                })
        };
        class.map_or(1.0, |k| {
            roles
                .iter()
                .filter(|(r, _)| *r == k)
                .map(|&(_, g)| g)
                .fold(1.0, f32::max)
        })
    };
    let before = words(&text[..range.start]);
    // `L'avocat de Gérard Lafaye`: the one a role is of, not who holds it.
    if titles_from(&before)
        .checked_sub(1)
        .is_some_and(|k| language::any(|p| p.of_words, &before[k].lower()))
    {
        return 1.0;
    }
    // `l'association …, présidée par Marie-Hélène Bousquet`, `dipimpin oleh …`: a verb
    // of leading and its doer hold the chief's or the president's role.
    let led_by = matches!(before.as_slice(), [.., verb, by]
        if language::AGENT_WORDS.contains(&by.lower().as_ref())
            && language::any(|p| p.leading_verbs, &verb.lower()));
    if led_by {
        return roles
            .iter()
            .filter(|(r, _)| matches!(*r, CHIEF | PRESIDENT))
            .map(|&(_, g)| g)
            .fold(1.0, f32::max);
    }
    let after = words(&text[range.end..]);
    // `Sophie Ravaud, âgée de 44 ans, dirige la société Yonne Plaisance`: the name is
    // the subject of a verb of leading, and holds the chief's or the president's role
    // of the body the question names, written right after the verb.
    // Two of its words at least: one alone is as often a place both name (`who chairs
    // Derry City … Council's committee`).
    if leads_after_name(&after).is_some_and(|verb| {
        after[verb + 1..]
            .iter()
            .take(LED_BODY_WORDS)
            .take_while(|w| !matches!(w.text, "." | ";"))
            .filter(|w| !is_common_word(w.text))
            .map(|w| folded(w.text))
            .filter(|w| body_words.contains(w))
            .collect::<HashSet<String>>()
            .len()
            >= 2
    }) {
        return roles
            .iter()
            .filter(|(r, _)| matches!(*r, CHIEF | PRESIDENT))
            .map(|&(_, g)| g)
            .fold(1.0, f32::max);
    }
    let named_after = after.first().is_some_and(|w| w.text == ",");
    let role_before = role_phrase(&before);
    // `Menurut jaksa, Yuliana berperan …`: the role is the source of what is said of
    // the name after its comma, its verb after it, unless the name is set off as the
    // role's holder (`Menurut Kepala Dinas, dr. Ani, …`, `selon l'avocate des
    // riverains, Me Claire Jouan.`).
    if after
        .first()
        .is_some_and(|w| !w.is_punct() && !w.is_capitalized())
        && role_before.last().is_some_and(|w| w.text == ",")
        && role_before
            .first()
            .is_some_and(|w| language::any(|p| p.source_words, &w.lower()))
    {
        return 1.0;
    }
    // A title that is a role names it too (`Justice Lydia Were`, a judge).
    // The role after the name's comma, past an age set off there (`Jean-Luc
    // Lemonnier, 59 ans, président du SMPEP`).
    let role_after = match after.as_slice() {
        [_, n, unit, comma, ..]
            if n.text.bytes().all(|b| b.is_ascii_digit())
                && language::any(|p| p.age_units, &unit.lower())
                && comma.text == "," =>
        {
            4
        }
        [_, n, comma, ..] if n.text.bytes().all(|b| b.is_ascii_digit()) && comma.text == "," => 3,
        _ => 1,
    };
    let phrase: Vec<&Word> = role_before
        .iter()
        .chain(&before[titles_from(&before)..])
        .chain(
            after
                .iter()
                .skip(role_after)
                .take(if named_after { 2 } else { 0 }),
        )
        .collect();
    // `Wakil Bupati`, `deputy mayor`, `maire adjoint`: the deputy doesn't hold the role,
    // and only the deputy answers when the question asks for one.
    let deputy = |k: Option<usize>| {
        k.and_then(|k| phrase.get(k))
            .is_some_and(|w| language::any(|p| p.deputy_words, &w.lower()))
    };
    if !fields_asked.is_empty()
        && !phrase.iter().any(|w| {
            language::unit_field(&folded(w.text)).is_some_and(|f| fields_asked.contains(&f))
        })
    {
        return 1.0;
    }
    let deputy_asked = deputy_asked(role_words);
    // "the former village head": only one the article says held it once (`mantan Kepala
    // Desa`), not who holds it now.
    let is_former = |w: &str| language::FORMER_WORDS.contains(&w);
    if role_words.iter().any(|w| is_former(w)) && !role_before.iter().any(|w| is_former(&w.lower()))
    {
        return 1.0;
    }
    let same_word = role_before
        .iter()
        .any(|w| role_words.contains(&folded(w.text)));
    // `Kepala Bidang P2P Dinkes Bantul`: the head of a division, not of the office,
    // unless the question names the division's field (`le service de santé animale`
    // of `Kepala Bidang Kesehatan Hewan`).
    let of_division = |k: usize| {
        phrase
            .get(k + 1)
            .is_some_and(|w| language::DIVISION_NOUNS.contains(&w.lower().as_ref()))
            && !phrase[k + 2..]
                .iter()
                .take(DIVISION_NAME_WORDS)
                .any(|w| body_words.contains(&folded(w.text)))
    };
    // `l'adjointe aux sports`, `adjoint au maire chargé du commerce`: French's deputy
    // written alone, with no role beside it, is the mayor's.
    let mayors_deputy = |k: usize| {
        phrase.get(k).is_some_and(|w| {
            let lower = w.lower();
            matches!(
                super::quotes::without_elision(&lower),
                "adjoint" | "adjointe"
            ) && k
                .checked_sub(1)
                .and_then(|b| phrase.get(b))
                .is_none_or(|b| role_class(b.text).is_none())
        })
    };
    phrase
        .iter()
        .enumerate()
        .filter(|&(k, w)| {
            (deputy(k.checked_sub(1))
                || deputy(Some(k + 1))
                || deputy_in_word(w.text)
                || mayors_deputy(k))
                == deputy_asked
                // A deputy prosecutor prosecutes (`la procureure adjointe, Claire
                // Vasseur-Lemaire, a requis`): a trade's deputy practises it.
                || (!deputy_asked && a_trade(w.text))
        })
        .map(|(k, w)| {
            if of_division(k) && !unit_asked {
                1.0
            } else if mayors_deputy(k) {
                role_class("maire").map_or(1.0, |mayor| {
                    roles
                        .iter()
                        .filter(|(r, _)| *r == mayor)
                        .map(|&(_, g)| g)
                        .fold(1.0, f32::max)
                })
            } else {
                gain(w)
            }
        })
        .fold(1.0, f32::max)
        * if same_word { SAME_ROLE_WORD } else { 1.0 }
}

/// The noun a question asks a person by where no role of the tables names it: the word
/// after "which" or "quel…" (`quelle élue`, `which biologist`), or after "siapa"
/// before "yang" (`siapa pengacara yang …`), unless a common word, a name or a word
/// of dates, numbers or places; folded, with its translations.
fn nouns_asked(asked: &[Word]) -> Vec<String> {
    let words: Vec<&Word> = asked.iter().filter(|w| !w.is_punct()).collect();
    let lower: Vec<String> = words.iter().map(|w| w.lower().into_owned()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    // "comment s'appelle le chauffeur …": the noun whose name is asked.
    let named = crate::plan::question::name_asked_of(&lower).and_then(|n| {
        words
            .iter()
            .position(|w| super::quotes::without_elision(&w.lower()) == n)
    });
    let mut nouns = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let lower = w.lower();
        // "who is the public prosecutor …", "qui est l'avocat de …": the words after
        // the copula and its article, up to a word of function.
        let after_copula = |k: usize| {
            let mut k = k;
            while words.get(k).is_some_and(|x| {
                matches!(x.lower().as_ref(), "the" | "a" | "an" | "le" | "la" | "les")
            }) {
                k += 1;
            }
            k
        };
        // `who chairs the cooperative …, which borrowed money`: once another question
        // word has asked, "which" opens a relative clause.
        let asked_before = words[..i]
            .iter()
            .any(|x| language::any(|p| p.interrogatives, &x.lower()));
        let from = match lower.as_ref() {
            "which" | "quel" | "quelle" | "quels" | "quelles" if asked_before => None,
            "which" | "quel" | "quelle" | "quels" | "quelles" => Some(i + 1),
            "siapa" if words.get(i + 2).is_some_and(|y| y.lower() == "yang") => Some(i + 1),
            // `siapa hakim ketua yang …`
            "siapa" if words.get(i + 3).is_some_and(|y| y.lower() == "yang") => Some(i + 1),
            // `siapa sopir bus "Ndiaga Ndiaye" yang …`: a noun right after "siapa", by
            // its shape no verb (none of the verbal prefixes `me-`, `ber-`, `di-`,
            // `ter-`), whatever names follow it.
            "siapa"
                if words.get(i + 1).is_some_and(|n| {
                    let l = n.lower();
                    !n.is_capitalized()
                        && !is_common_word(&l)
                        && !["me", "ber", "di", "ter"].iter().any(|p| l.starts_with(p))
                }) =>
            {
                Some(i + 1)
            }
            "who" | "qui"
                if words.get(i + 1).is_some_and(|x| {
                    matches!(x.lower().as_ref(), "is" | "was" | "est" | "était")
                }) =>
            {
                // "who was appointed judicial liquidator": past the passive's participle,
                // right after the copula (not "who is the alleged ringleader").
                let k = after_copula(i + 2);
                let participle = k == i + 2
                    && words.get(k).is_some_and(|x| {
                        x.lower().ends_with("ed") && words.get(k + 1).is_some_and(|n| !n.is_punct())
                    });
                Some(if participle {
                    let k =
                        k + 1 + usize::from(words.get(k + 1).is_some_and(|x| x.lower() == "as"));
                    after_copula(k)
                } else {
                    k
                })
            }
            _ if named == Some(i) => Some(i),
            _ => None,
        };
        let Some(from) = from else {
            continue;
        };
        let run: Vec<&&Word> = words[from.min(words.len())..]
            .iter()
            .take(NOUN_ASKED_WORDS)
            .take_while(|x| {
                !x.is_capitalized()
                    && !matches!(x.lower().as_ref(), "yang" | "qui" | "who" | "that")
            })
            .collect();
        // A role (`chief executive`) is asked as roles are (see `roles_in_question`).
        if run.iter().any(|x| role_class(x.text).is_some()) {
            continue;
        }
        for (k, noun) in run.iter().enumerate() {
            let noun_lower = super::quotes::without_elision(&noun.lower()).to_string();
            // `élue d'opposition`: what qualifies the noun, not the noun.
            if k > 0 && (noun_lower != noun.lower() || language::any(|p| p.of_words, &noun_lower)) {
                break;
            }
            // `former treasurer`: when the role is held, not which.
            if role_class(noun.text).is_some()
                || language::TENURE_WORDS.contains(&noun_lower.as_str())
                || is_common_word(&noun_lower)
                || noun_lower.chars().count() < 4
                || language::any(|p| p.place_nouns, &noun_lower)
                || language::any(|p| p.organisation_nouns, &noun_lower)
                || language::any(|p| p.question_words, &noun_lower)
            {
                continue;
            }
            nouns.push(folded(&noun_lower));
            nouns.extend(translations(&noun_lower).iter().map(|t| folded(t)));
            // A French feminine without an entry of its own (`commerçante`): the
            // masculine's translations (not the masculine: `élue` asks for a woman).
            if let Some(masculine) = french_masculine(&noun_lower) {
                nouns.extend(translations(&masculine).iter().map(|t| folded(t)));
            }
        }
    }
    // "who owns the warehouse", "qui possède …": its owner (`Pemilik gudang, H.
    // Zulkifli Abdullah`), a noun of no role table.
    if lower.windows(2).any(|p| {
        matches!(p[0], "who" | "qui") && matches!(p[1], "owns" | "owned" | "possède" | "possédait")
    }) {
        nouns.push(folded("owner"));
        nouns.extend(translations("owner").iter().map(|t| folded(t)));
        // `Gudang itu milik pengusaha rempah H. Abdurrahman Sangaji`: Indonesian names
        // the owner after "milik", of, and English after "owned by".
        nouns.extend(["milik", "owned"].map(String::from));
    }
    nouns.retain(|n| !n.is_empty());
    nouns
}

/// The article's own word for a role, glossed in brackets after the question's noun
/// ("the village head (penghulu) of …"), folded: asked beside the role's noun, as
/// the nouns of `nouns_asked` are.
fn glossed_nouns(asked: &[Word]) -> Vec<String> {
    let mut nouns = Vec::new();
    for (k, three) in asked.windows(3).enumerate() {
        if let Some(word) = crate::plan::words::in_brackets(three)
            && k > 0
            && !asked[k - 1].is_capitalized()
            && !word.is_capitalized()
            && word.text.chars().count() >= 4
            && word.text.chars().all(char::is_alphabetic)
            && !is_common_word(&word.lower())
        {
            nouns.push(folded(word.text));
        }
    }
    nouns.retain(|n| !n.is_empty());
    nouns
}

/// Words after the question word read for the noun asked (`public prosecutor`).
const NOUN_ASKED_WORDS: usize = 2;

/// The masculine of a French feminine noun (`commerçante` → `commerçant`, `cheffe` →
/// `chef`, `directrice` → `directeur`), when it has the form of one.
fn french_masculine(noun: &str) -> Option<String> {
    [
        ("trice", "teur"),
        ("euse", "eur"),
        ("ienne", "ien"),
        ("ère", "er"),
        ("ète", "et"),
        // Folded, as roles are compared (`prefete`, `conseillere`).
        ("ere", "er"),
        ("ete", "et"),
        ("ffe", "f"),
        ("ante", "ant"),
        ("ente", "ent"),
        ("ue", "u"),
    ]
    .iter()
    .find_map(|(fem, masc)| noun.strip_suffix(fem).map(|stem| format!("{stem}{masc}")))
}

/// What the person at `range` of `text` gains when written beside a noun asked (see
/// `nouns_asked`), where a role would be (`role_phrase`): the noun itself, or a word
/// of another language that shares its first seven letters (`biologist`,
/// `biologiste`); 1 otherwise.
fn noun_gain(text: &str, range: &Range<usize>, nouns: &[String]) -> f32 {
    if nouns.is_empty() {
        return 1.0;
    }
    const COGNATE_LETTERS: usize = 7;
    let before = words(&text[..range.start]);
    let after = words(&text[range.end..]);
    let named_after = after.first().is_some_and(|w| w.text == ",");
    // `Élodie Marchand, 39 ans, conservatrice du musée`: past the age set off after the
    // name.
    let age_skipped = match after.as_slice() {
        [_, n, unit, c, ..] if starts_with_digit(n) && !unit.is_punct() && c.text == "," => 3,
        [_, n, c, ..] if starts_with_digit(n) && c.text == "," => 2,
        _ => 0,
    };
    let near = role_phrase(&before).iter().chain(
        after
            .iter()
            .skip(1 + age_skipped)
            .take(if named_after { 3 } else { 0 }),
    );
    let asked = |word: &str| {
        nouns.iter().any(|n| {
            n == word || {
                let common = n
                    .chars()
                    .zip(word.chars())
                    .take_while(|(a, b)| a == b)
                    .count();
                common >= COGNATE_LETTERS
            }
        })
    };
    let near: Vec<String> = near
        .filter(|w| !w.is_punct())
        .map(|w| folded(w.text))
        .collect();
    // A noun of two words, as translations give them folded (`Dokter hewan YPPB` for
    // "quelle vétérinaire": `dokterhewan`).
    let pairs = near.windows(2).map(|p| format!("{}{}", p[0], p[1]));
    if near.iter().any(|w| asked(w)) || pairs.into_iter().any(|p| asked(&p)) {
        NOUN_ASKED
    } else {
        1.0
    }
}

/// Whether a word opens with a digit (`39` of `39 ans`).
fn starts_with_digit(w: &Word) -> bool {
    w.text.starts_with(|c: char| c.is_ascii_digit())
}

/// The words before a name (`before`, the text's words up to it) that may hold its
/// role. A title before the name, its abbreviation's period with it (`Me`, `Ir.`,
/// `drh.`), is none of them: `l'avocate des riverains, Me Claire Jouan` names her a
/// lawyer. The role may govern the body it is held in, between it and the name (`le
/// directeur général de l'ARS Bretagne, Laurent Keraudren`), within the sentence and
/// the name's own clause (`the mayor, Tom Lee` isn't the `chief` of the clause before);
/// words are counted, not the punctuation between them (`(Disnakkeswan)`).
fn role_phrase<'a, 'b>(before: &'b [Word<'a>]) -> &'b [Word<'a>] {
    let end = titles_from(before);
    let (mut commas, mut counted) = (0, 0);
    let mut start = end;
    // A comma between a body's capitalised words lists its fields, inside its name
    // (`Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Bengkulu, Hendra Saputra`):
    // only the others set the phrase off.
    // A list, that is: capitalised words and commas up to a conjunction and a
    // capitalised word (not `…, Olivier Thonnard, avait requis`, a name set off).
    // A field may take a word in lower case after its capital (`des Infrastructures,
    // Travaux publics et Reconstruction, Bernard Efomi Lisanga`).
    let in_a_name = |comma: usize| {
        let is_and = |w: &Word| language::any(|p| p.conjunctions, &w.lower());
        let listed = before[comma + 1..end]
            .iter()
            .enumerate()
            .position(|(k, w)| {
                !(w.is_capitalized()
                    || w.text == ","
                    || (k > 0 && !w.is_punct() && !is_and(w) && before[comma + k].is_capitalized()))
            })
            .is_some_and(|k| {
                is_and(&before[comma + 1 + k])
                    && before
                        .get(comma + 2 + k)
                        .is_some_and(|w| w.is_capitalized())
            });
        comma > 0 && before[comma - 1].is_capitalized() && listed
    };
    // `le secrétaire général de l'Union des syndicats des conducteurs routiers du Bénin
    // (USCRB), Théophile Agossou`: a body spelled out before its acronym in brackets
    // takes more words than a role's phrase otherwise does, and so does one whose name
    // goes on past its acronym in capitalised words (`Kepala Dinas Pekerjaan Umum dan
    // Penataan Ruang (PUPR) Kabupaten Puncak Jaya, Ir. Natan Wenda`).
    let most = ROLE_PHRASE_WORDS + 4;
    let spelled_out = (end.saturating_sub(most + 3)..end.saturating_sub(2)).any(|k| {
        crate::plan::words::in_brackets(&before[k..k + 3])
            .is_some_and(|acronym| super::quotes::is_acronym(acronym.text))
            && before[k + 3..end]
                .iter()
                .all(|w| w.is_capitalized() || w.text == ",")
    });
    let most = most + if spelled_out { SPELLED_OUT_WORDS } else { 0 };
    while start > 0 {
        let w = &before[start - 1];
        commas += usize::from(w.text == "," && !in_a_name(start - 1));
        counted += usize::from(!w.is_punct());
        // `du bourgmestre Pierre-Yves Lambotte et de l'échevine …, Nathalie Dermine`: a
        // name, then a conjunction before a word in lower case, ends another's role.
        let after_a_name = start >= 2
            && language::any(|p| p.conjunctions, &w.lower())
            && before[start - 2].is_capitalized()
            && before.get(start).is_some_and(|n| !n.is_capitalized());
        if is_sentence_break(w.text) && !abbreviated_before(before, start - 1)
            || commas >= 2
            || counted > most
            || after_a_name && start < end
        {
            break;
        }
        start -= 1;
    }
    &before[start..end]
}

/// Where the titles written right before a name start in `before` (its length when
/// there are none), each with its abbreviation's period (`Me`, `Ir.`, `Justice`).
fn titles_from(before: &[Word]) -> usize {
    // A rank is written as a title is (`le colonel Issa Garba`).
    let is_title = |w: &Word| {
        let lower = w.lower();
        language::any(|p| p.person_titles, &lower)
            || language::any(|p| p.person_titles, lower.trim_end_matches('.'))
            || people::is_title(&lower)
    };
    let mut end = before.len();
    while end > 0 {
        if is_title(&before[end - 1]) {
            end -= 1;
        } else if end > 2
            && before[end - 2].lower() == "de"
            && !before[end - 1].is_capitalized()
            && !before[end - 1].is_punct()
            && people::RANKS_WITH_COMPLEMENT.contains(&before[end - 3].lower().as_ref())
        {
            // A rank and its complement (`le général de brigade Sékouba Traoré`).
            end -= 3;
        } else if end > 1
            && before[end - 1].text == "."
            && before[end - 1].start == before[end - 2].start + before[end - 2].text.len()
            && is_title(&before[end - 2])
        {
            end -= 2;
        } else {
            break;
        }
    }
    end
}

/// What a person gains for each word of the question (five at most) that the phrase
/// of their role writes after its role word: the body they hold it in, as asked
/// (`Kepala Dinas Peternakan dan Kesehatan Hewan` for "who heads the livestock and
/// animal health office", against `Kapolres Sidrap`).
const BODY_ASKED: f32 = 0.2;

fn body_gain(
    text: &str,
    name: &Range<usize>,
    (body_words, role_body, spelled): (&HashSet<String>, &HashSet<String>, &SpelledOut),
    deputy_asked: bool,
) -> f32 {
    let before = words(&text[..name.start]);
    let phrase = role_phrase(&before);
    let Some(role) = phrase.iter().position(|w| role_class(w.text).is_some()) else {
        return 1.0;
    };
    // A deputy's body is not the one whose head is asked (`Wakil Bupati Lombok Timur`
    // for "who heads … in East Lombok"), unless a deputy is asked.
    let deputy = |k: usize| {
        phrase
            .get(k)
            .is_some_and(|w| language::any(|p| p.deputy_words, &w.lower()))
    };
    if !deputy_asked
        && ((role > 0 && deputy(role - 1)) || deputy(role + 1) || deputy_in_word(phrase[role].text))
    {
        return 1.0;
    }
    let of_body = |w: &str| {
        let w = folded(w);
        // `Kepala SDN 2 Hadiwarno` for "qui dirige l'école primaire": the kind
        // of body an abbreviation stands for (`sekolah`).
        body_words.iter().any(|b| same_name_word(b, &w))
            || language::id::body_abbreviation(&w).is_some_and(|k| body_words.contains(k))
            // `Dinas Perikanan` for "the fisheries office", asked by `fish`: an
            // Indonesian body is named by the root of what it deals in (`ikan`).
            || crate::analysis::terms(crate::analysis::AnalyzerKind::Id, &w)
                .iter()
                .any(|root| root.chars().count() >= 4 && root != &w && body_words.contains(root))
    };
    let asked = phrase[role + 1..]
        .iter()
        .enumerate()
        .filter(|(_, w)| !w.is_punct())
        .map(|(k, w)| {
            // `Ketua HNTST` for "who chairs the traditional fishermen's association":
            // the words of the name the article spells the acronym out in; not when
            // the phrase spells it out itself, before it in brackets.
            let bracketed = k > 0 && phrase[role + k].text == "(";
            match spelled.get(w.text) {
                Some(name) if !of_body(w.text) && !bracketed => {
                    name.split_whitespace().filter(|n| of_body(n)).count()
                }
                _ => usize::from(of_body(w.text)),
            }
        })
        .sum::<usize>();
    // "the Jember police chief": the head of another kind of body (`Kepala Dinas …`)
    // is likelier another chief.
    // The body's name an acronym stands for names its kind too (`Ketua KPSMK`, the
    // `Koperasi Produsen Sagu Mandiri Kais`).
    let names_kind = |w: &Word| {
        names_body_kind(&folded(w.text), role_body)
            || spelled.get(w.text).is_some_and(|name| {
                name.split_whitespace()
                    .any(|n| names_body_kind(&folded(n), role_body))
            })
    };
    // An office named by its field is of no other kind, whatever it deals with
    // (`Kepala Dinas Koperasi` heads an office, not a cooperative), when it is the
    // first body's noun after the role's word.
    let office_first = phrase[role + 1..]
        .iter()
        .find(|w| is_body_noun(w))
        .filter(|w| OFFICES_BY_FIELD.contains(&super::quotes::without_elision(&w.lower())));
    let of_kind = role_body.is_empty()
        || match office_first {
            Some(office) => names_kind(office),
            // English names the body before the role too (`WBGC chairman`).
            None => phrase.iter().any(names_kind),
        };
    (1.0 + BODY_ASKED * asked.min(5) as f32) * if of_kind { 1.0 } else { ROLE_OF_OTHER_BODY }
}

/// The acronyms of an article and the names it spells them out in (`HNTST`:
/// `Himpunan Nelayan Tradisional Sibolga-Tapanuli Tengah`).
type SpelledOut = HashMap<String, String>;

/// The acronyms `orgs` reads in `article`, each with the full name it stands for.
fn spelled_out(article: &[StoredPassage], orgs: &[OrgMention]) -> SpelledOut {
    orgs.iter()
        .filter_map(|m| {
            let written = article.get(m.paragraph)?.text.get(m.range.clone())?;
            (super::quotes::is_acronym(written) && m.name != written)
                .then(|| (written.to_string(), m.name.clone()))
        })
        .collect()
}

/// What a person named in the role asked keeps when the question names the kind of
/// body the role is of (`police chief`) and their role's phrase doesn't.
const ROLE_OF_OTHER_BODY: f32 = 0.6;

/// Whether a word (folded) of a role's phrase names one of `kinds` (folded): as one of
/// them, or by the abbreviation it is or its head's title holds (`Polres`, `Kapolres`:
/// `kepolisian`, which holds `polisi`, a translation of "police").
fn names_body_kind(word: &str, kinds: &HashSet<String>) -> bool {
    if kinds.iter().any(|k| same_name_word(k, word)) {
        return true;
    }
    // `Manajer proyek PT Karya Bahari` for "le chef de projet de l'entreprise": a
    // company's legal form names a company.
    let company = |w: &str| language::any(|p| p.company_words, w);
    if company(word) && kinds.iter().any(|k| company(k)) {
        return true;
    }
    let short = language::id::body_abbreviation(word).or_else(|| {
        word.strip_prefix("ka")
            .and_then(language::id::body_abbreviation)
    });
    short.is_some_and(|noun| {
        kinds
            .iter()
            .any(|k| k == noun || (k.chars().count() >= 5 && noun.contains(k.as_str())))
    })
}

/// Whether `w` is a noun of a body (`Dinas`, `l'association`, `cooperative`), in any
/// of the three languages, past an elided article.
fn is_body_noun(w: &Word) -> bool {
    let lower = w.lower();
    let lower = super::quotes::without_elision(&lower);
    language::any(|p| p.organisation_nouns, lower)
        || language::any(|p| p.organisation_heads, lower)
        || language::same_body_kind(lower).next().is_some()
}

/// Nouns of offices named by the field they deal with (`Dinas Koperasi`, `office of
/// fisheries`, `direction de l'élevage`), lower case.
const OFFICES_BY_FIELD: &[&str] = &[
    "dinas",
    "kantor",
    "badan",
    "balai",
    "biro",
    "direktorat",
    "kementerian",
    "office",
    "department",
    "directorate",
    "bureau",
    "ministry",
    "agency",
    "direction",
    "ministère",
    "agence",
    "service",
];

/// The kind of body the question's role is of, folded, with its translations: the
/// body's noun right before the role (`police chief`) or after it and its "of" (`chef
/// de la police`, `kepala polisi`); empty when the question names none.
fn role_body_asked(asked: &[Word]) -> HashSet<String> {
    let ws: Vec<&Word> = asked.iter().filter(|w| !w.is_punct()).collect();
    let is_body = |w: &Word| {
        let lower = w.lower();
        let lower = super::quotes::without_elision(&lower);
        !w.is_capitalized()
            && (language::any(|p| p.organisation_nouns, lower)
                || language::any(|p| p.organisation_words, lower)
                || language::any(|p| p.organisation_heads, lower)
                // "chef du village": the head of a division (`Kepala Desa`).
                || language::is_division(lower))
    };
    let mut kinds = HashSet::new();
    let add = |kinds: &mut HashSet<String>, body: &Word| {
        let lower = body.lower();
        let lower = super::quotes::without_elision(&lower);
        kinds.extend(translations(lower).iter().map(|t| folded(t)));
        // `cooperative` for a `koperasi`, which the dictionaries may not give.
        kinds.extend(language::same_body_kind(lower).map(folded));
        kinds.insert(folded(lower));
    };
    let Some(r) = ws.iter().position(|w| role_class(w.text).is_some()) else {
        // "who chairs the cooperative that …", "qui préside l'association …": the
        // body's noun a verb of leading governs, past its article.
        // Read with its punctuation: "who chairs Lamballe Équidés Passion, the
        // association behind the fair" names the body it leads before the comma, and
        // its holders' roles name it so (`présidente de Lamballe Équidés Passion`).
        let all: Vec<&Word> = asked.iter().collect();
        if let Some(v) = all
            .iter()
            .position(|w| language::any(|p| p.leading_verbs, &w.lower()))
            && let Some(body) = complement(&all[v + 1..])
                // "who heads the district prosecutor's office": an office a role's
                // holder runs is of the kind that role tells, not any office.
                .take_while(|x| {
                    x.text != ","
                        && !CLAUSE_OPENERS.contains(&x.lower().as_ref())
                        && role_class(x.text.trim_end_matches("'s")).is_none()
                })
                // A body's noun (`cooperative`, `commission`), past the names and
                // fields English writes before it (`the Katingan plantation and
                // livestock office`).
                .find(|b| !b.is_capitalized() && is_body_noun(b))
        {
            add(&mut kinds, body);
        }
        return kinds;
    };
    // The first body's noun of the role's complement (`chef de la police`, `chef de
    // projet de l'entreprise`), up to a name or a relative clause.
    let after = complement(&ws[r + 1..])
        .take_while(|x| {
            !x.is_capitalized()
                && !matches!(
                    x.lower().as_ref(),
                    "who" | "qui" | "yang" | "that" | "which"
                )
                // "l'avocat de l'ancien chef du village": the village is the chief's.
                && role_class(x.text).is_none()
        })
        .find(|x| is_body(x));
    let before = r.checked_sub(1).map(|k| &ws[k]).filter(|b| is_body(b));
    for body in before.into_iter().chain(after) {
        add(&mut kinds, body);
    }
    kinds
}

/// The kind of body a question's noun of people is of, written before it in English
/// (`police` of "which police official"), folded with its translations.
fn body_of_person_noun(asked: &[Word]) -> HashSet<String> {
    let ws: Vec<&Word> = asked.iter().filter(|w| !w.is_punct()).collect();
    let mut kinds = HashSet::new();
    // English word order only: Indonesian's `koperasi petani` is the farmers'
    // cooperative, not a cooperative's farmer.
    if !ws
        .first()
        .is_some_and(|w| matches!(w.lower().as_ref(), "which" | "who" | "what"))
    {
        return kinds;
    }
    for pair in ws.windows(2) {
        let (body, noun) = (pair[0].lower(), pair[1].lower());
        if !pair[0].is_capitalized()
            && language::PERSON_NOUNS.contains(&noun.as_ref())
            && (language::any(|p| p.organisation_nouns, &body)
                || language::any(|p| p.organisation_words, &body))
        {
            kinds.extend(translations(&body).iter().map(|t| folded(t)));
            kinds.insert(folded(&body));
        }
    }
    kinds
}

/// What a person gains whose role's phrase names the kind of body the question's noun
/// of people is of (see `body_of_person_noun`).
const BODY_OF_PERSON_NOUN: f32 = 1.5;

/// The question's own words and their translations, folded: the body a role is held
/// in, as the question says it (`livestock and animal health office`).
fn body_words_of(ws: &[Word]) -> HashSet<String> {
    ws.iter()
        .filter(|w| !w.is_punct() && !is_common_word(w.text) && role_asked_by(w).is_none())
        .flat_map(|w| {
            // `l'école`: the word without its elided article.
            let lower = super::quotes::without_elision(&w.lower()).to_string();
            let mut all: Vec<String> = translations(&lower).iter().map(|t| folded(t)).collect();
            // `fisheries`: a plural the dictionaries list by its singular, whose
            // translation names the office (`fishery` → `penangkapan ikan`, the `ikan`
            // of `Dinas Perikanan`), each of its words.
            if all.is_empty() {
                for lemma in english::lemmas(&lower) {
                    for t in translations(&lemma) {
                        all.extend(t.split_whitespace().map(folded));
                    }
                }
            }
            all.push(folded(&lower));
            all
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A place asked by its kind, from that kind's word on when a name of another kind
/// holds it further on (`Kantor Wali Nagari Batu Ranjau` for "in which nagari"): the
/// office there stands in the place asked.
fn from_kind_asked(text: &str, range: &Range<usize>, kinds: &HashSet<String>) -> Range<usize> {
    let Some(name) = text.get(range.clone()) else {
        return range.clone();
    };
    let ws = words(name);
    ws.iter()
        .enumerate()
        .skip(1)
        .find(|(k, w)| {
            w.is_capitalized()
                && (kinds.contains(w.lower().as_ref()) || kinds.contains(&folded(&w.lower())))
                && ws.get(k + 1).is_some_and(|n| n.is_capitalized())
        })
        .map_or(range.clone(), |(_, w)| range.start + w.start..range.end)
}

/// The words after a role or a verb of leading read for the body it is of, up to
/// `ROLE_COMPLEMENT_WORDS` of content (`of the education and culture office`).
fn complement<'a, 'w>(ws: &'a [&'a Word<'w>]) -> impl Iterator<Item = &'a &'a Word<'w>> {
    let mut content = 0;
    ws.iter().take_while(move |x| {
        content += usize::from(!is_common_word(x.text));
        content <= ROLE_COMPLEMENT_WORDS
    })
}

/// Words of content after a role read for the body it is of (`chef de projet de
/// l'entreprise`).
const ROLE_COMPLEMENT_WORDS: usize = 5;

/// Whether the period at `ws[k]` ends a short abbreviation inside a name, glued to it,
/// capitals on both sides (`RSUD Hi. Rasyid Lamato`): no sentence's end. Not after a
/// word in capitals (`in the US. The …`), nor after a short name ending a sentence
/// (`kata Ani. Ia …`).
fn abbreviated_before(ws: &[Word], k: usize) -> bool {
    k >= 2
        && ws[k].text == "."
        && ws[k - 2].is_capitalized()
        && !ws[k - 2].is_punct()
        && ws
            .get(k + 1)
            .is_some_and(|n| n.is_capitalized() && !n.is_punct())
        && {
            let last = &ws[k - 1];
            ws[k].start == last.start + last.text.len()
                && last.is_capitalized()
                && last.text.chars().count() <= 3
                && last.text.chars().all(char::is_alphabetic)
                && last.text.chars().any(char::is_lowercase)
        }
}

/// Whether a word ends a sentence or opens or closes a quotation: a role's phrase
/// doesn't run over it.
fn is_sentence_break(word: &str) -> bool {
    matches!(word, "." | "!" | "?" | ";" | "«" | "»" | "\"" | "“" | "”")
}

/// Whether the words right before a person's name (their role phrase) name the body
/// asked about (`NUPW Secretary-General Mary Wanjiku Otieno`, `le président de la
/// CCI, Jean-Michel Larrart`), given the subject's folded words.
/// An acronym of the phrase stands for the name the article spells it out in (`Ketua
/// KSU-TKG` of `Koperasi Serba Usaha Tunas Kopi Golewa (KSU-TKG)` for "who chairs the
/// Golewa coffee cooperative").
fn role_of_subject(
    text: &str,
    name: &Range<usize>,
    subject_words: &[String],
    spelled: &SpelledOut,
) -> bool {
    let before = words(&text[..name.start]);
    let of_subject = |w: &str| {
        let w = folded(w);
        subject_words.iter().any(|s| same_name_word(s, &w))
    };
    role_phrase(&before).iter().any(|w| {
        of_subject(w.text)
            || spelled
                .get(w.text)
                .is_some_and(|full| full.split_whitespace().any(of_subject))
    })
}

/// Words before a name read as its role phrase.
const ROLE_PHRASE_WORDS: usize = 6;

/// Words a body's name spelled out before its acronym adds to a role's phrase.
const SPELLED_OUT_WORDS: usize = 6;
/// What a chief whose role phrase names the body asked about gains, found in the whole
/// article.
const ROLE_OF_SUBJECT: f32 = 2.0;

/// Whether an organisation's name holds a business's word (`PT Wijaya Karya`,
/// `Perumda Tirta Lestari`, `Acme Inc.`); not a cooperative's, whatever words of trade
/// follow its noun (`Koperasi Produsen Perikanan Butta Toa`: producers, not a firm).
fn names_a_company(name: &str) -> bool {
    let ws = words(name);
    // `Coral Coast Transit Group`: a name closed by `Group` and holding no other body's
    // word is a business group's (not `Landcare Action Group`, nor a committee's).
    let a_group = ws.len() >= 3
        && ws.last().is_some_and(|w| w.text == "Group")
        && !ws[..ws.len() - 1]
            .iter()
            .any(|w| language::any(|p| p.organisation_words, &w.lower()) || w.lower() == "action");
    !opens_with_cooperative(&ws)
        && (a_group
            || ws
                .iter()
                .any(|w| language::any(|p| p.company_words, w.lower().trim_end_matches('.'))))
}

/// Nouns opening a cooperative's name, lower case.
const COOPERATIVE_NOUNS: &[&str] = &["koperasi", "coopérative", "cooperative", "co-operative"];

/// Whether a name's words open with a cooperative's noun (`Koperasi Produsen …`).
fn opens_with_cooperative(name: &[Word]) -> bool {
    name.first()
        .is_some_and(|w| COOPERATIVE_NOUNS.contains(&w.lower().as_ref()))
}

/// Whether a question asks who leads a body (`who leads NUPW`, `qui préside la CCI`,
/// `who heads the company`): what its verb of leading governs is a name or an
/// organisation's noun. A body is led by a person, not by another body (unlike
/// `memimpin putaran pendanaan`, a round led by a fund).
fn leads_a_body(asked: &[Word]) -> bool {
    asked.iter().enumerate().any(|(i, w)| {
        let mut object = asked[i + 1..]
            .iter()
            .filter(|o| !language::any(|p| p.articles, &o.lower()));
        language::any(|p| p.leading_verbs, &w.lower())
            && (object.next().is_some_and(|o| {
                o.is_capitalized() || language::any(|p| p.organisation_nouns, &o.lower())
            }) || language::en::PROFILE
                .leading_verbs
                .contains(&w.lower().as_ref())
                && asked[i + 1..]
                    // English puts the body's noun after what it deals with (`who heads
                    // the livestock and animal health office`), within its noun phrase;
                    // Indonesian and French first (`putaran pendanaan startup` is a round).
                    .iter()
                    .take_while(|o| !o.is_punct() || matches!(o.text, "(" | ")"))
                    .take(OBJECT_WORDS)
                    .any(|o| {
                        !o.is_capitalized() && language::any(|p| p.organisation_nouns, &o.lower())
                    }))
    })
}

/// Words of the object of a verb of leading looked at for the body's noun.
const OBJECT_WORDS: usize = 6;

/// The words of what a question is about, to tell an organisation's name made of
/// them: its own words, folded, and their initials (`SHJ` of `PT Sinar Harapan Jaya`),
/// as an article writes the name again (`PT SHJ`).
struct SubjectWords {
    words: Vec<String>,
    initials: String,
}

impl SubjectWords {
    fn of(subject: Option<&str>) -> Self {
        let all: Vec<&str> = subject.map_or_else(Vec::new, |s| s.split_whitespace().collect());
        let initials = all
            .iter()
            .filter(|w| !language::any(|p| p.organisation_words, &w.to_lowercase()))
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect();
        SubjectWords {
            words: all.into_iter().map(folded).collect(),
            initials,
        }
    }

    /// Whether `word` (as written) is one of the subject's words or its initials.
    fn holds(&self, word: &str) -> bool {
        (self.initials.chars().count() >= 2 && word == self.initials) || {
            let word = folded(word);
            self.words.iter().any(|s| same_name_word(s, &word))
        }
    }
}

/// The question's words and their translations, folded, but not the words it asks
/// by (`lembaga` of "lembaga apa …", see `kind_words`): a body written in them is the
/// one the question names, not the one it asks for.
fn words_of_question(asked: &[Word], question: &str) -> HashSet<String> {
    let kind: HashSet<String> = crate::plan::question::kind_words(question)
        .into_iter()
        .collect();
    let mut out = HashSet::new();
    for w in asked.iter().filter(|w| !w.is_punct()) {
        let lower = w.lower();
        if kind.contains(lower.as_ref()) {
            continue;
        }
        for t in translations(&lower) {
            out.extend(t.split_whitespace().map(folded));
        }
        out.extend(language::same_division(&lower).map(folded));
        out.insert(folded(&lower));
    }
    out
}

/// The acronym a body's name holds in brackets (`RSUD` of `Rumah Sakit Umum Daerah
/// (RSUD) Waikabubak`).
fn bracketed_acronym(name: &str) -> Option<&str> {
    let open = name.find('(')?;
    let close = open + name[open..].find(')')?;
    let inside = &name[open + 1..close];
    super::quotes::is_acronym(inside).then_some(inside)
}

/// The organisations a passage names, but not the one the question is about: its
/// subject's, or one written in the question's words and named after its subject
/// (`Mayo County Council` of "… penolakan izin dari dewan kabupaten Mayo").
fn organisations_of(
    hit: &Hit,
    article: &[StoredPassage],
    orgs: &[OrgMention],
    (subject, question_words): (Option<&str>, &HashSet<String>),
    organisation_fit: f32,
    leads_a_body: bool,
    person_asked: bool,
) -> Vec<Candidate> {
    // See `find`: a person leads the body asked about.
    if leads_a_body {
        return Vec::new();
    }
    let Some(paragraph) = article.iter().position(|p| p.passage == hit.passage) else {
        return Vec::new();
    };
    let subject_words = SubjectWords::of(subject);
    let of_subject = |w: &str| subject_words.holds(w);
    // The organisation asked about, in full or as written anywhere in the article
    // (`NUPW` in "who leads NUPW" is the `National Union of Plantation Workers` written
    // before it), doesn't answer.
    let asked_about: HashSet<&str> = orgs
        .iter()
        .filter(|m| {
            let of_question = |w: &str| {
                of_subject(w)
                    || question_words.contains(&folded(w))
                    || language::any(|p| p.of_words, &w.to_lowercase())
            };
            // `PT Jasamarga Probolinggo Banyuwangi`: the legal form aside.
            let words = || {
                m.name.split_whitespace().filter(|w| {
                    !language::id::COMPANY_PREFIXES.contains(&w.to_lowercase().as_str())
                })
            };
            // A body the question names in full, by a name of its own (`Siapa pakar
            // dari Thompson Rivers University`): whom it asks of, not its answer.
            let own_name = |w: &str| {
                let lower = w.to_lowercase();
                !language::any(|p| p.organisation_nouns, &lower)
                    && !language::any(|p| p.organisation_words, &lower)
                    && !language::any(|p| p.of_words, &lower)
            };
            let named_in_full = words().count() >= 2
                && words().all(of_question)
                && words().any(|w| own_name(w) && question_words.contains(&folded(w)));
            words().all(of_subject)
                || (words().any(of_subject) && words().all(of_question))
                || named_in_full
                // `Sistem Penyediaan Air Minum (SPAM) Lohia` of "who built the SPAM
                // Lohia network": the acronym in its brackets, as the question writes
                // it.
                || bracketed_acronym(&m.name).is_some_and(|a| question_words.contains(&folded(a)))
                || article
                    .get(m.paragraph)
                    .and_then(|p| p.text.get(m.range.clone()))
                    .is_some_and(|w| w.split_whitespace().all(of_subject))
        })
        .map(|m| m.name.as_str())
        .collect();
    orgs.iter()
        .filter(|m| m.paragraph == paragraph)
        .filter(|m| !asked_about.contains(m.name.as_str()))
        // `Kecamatan Prambanan`, `Kabupaten Klaten`: a place named by its kind, which
        // Indonesian writes as a body's name only after the body's word (`Pemerintah
        // Kabupaten Klaten`, `Pemkab Klaten`).
        .filter(|m| {
            m.name.split_whitespace().next().is_none_or(|first| {
                !language::id::PROFILE
                    .place_nouns
                    .contains(&first.to_lowercase().as_str())
            })
        })
        // The outlet credited in the dateline reports the story; it is no one in it.
        .filter(|m| !credited_in_dateline(&hit.text, &m.range))
        .map(|m| {
            // Named after what the question is about (`Bank Indonesia` for a question
            // on Indonesia): more often its setting than its answer. Where the passage
            // writes the question's words in it, the share of its own words says how
            // much (see `find`).
            let written_with_question_words = hit
                .highlights
                .iter()
                .any(|&[s, e]| s < m.range.end && m.range.start < e);
            // "who founded …": a name of two to four name words that nothing makes an
            // organisation (`l'ancien pilote Jean-Marc Delbos`) is a person's as
            // likely, when a person is asked; what an organisation keeps for a "who"
            // isn't its.
            let as_person =
                person_asked && m.cue == OrgCue::Capitalised && shaped_as_a_person(&m.name);
            let fit = if as_person { 1.0 } else { organisation_fit };
            let fit = if m.name.split_whitespace().any(of_subject) && !written_with_question_words {
                fit * NAMED_AFTER_SUBJECT
            } else {
                fit
            };
            (m, fit, as_person)
        })
        .map(|(m, fit, as_person)| {
            let before = words(&hit.text[..m.range.start]);
            let mut k = before.len();
            if k > 0 && language::any(|p| p.articles, &before[k - 1].lower()) {
                k -= 1;
            }
            let as_place = k > 0 && language::any(|p| p.place_prepositions, &before[k - 1].lower());
            Candidate {
                text: m.name.clone(),
                value: None,
                range: m.range.clone(),
                core: m.range.clone(),
                fit: fit
                    * match m.cue {
                        OrgCue::Named => 1.0,
                        OrgCue::Acronym => ACRONYM_ONLY,
                        OrgCue::Capitalised => CAPITALISED_ONLY,
                    }
                    * if as_place { ORGANISATION_AS_PLACE } else { 1.0 },
                kind: (!as_person).then_some(Expect::Organisation),
            }
        })
        .collect()
}

/// Whether a name stands in the brackets of the dateline opening a passage, where the
/// outlet is credited (`CASTRIES, Saint Lucia (Windward Herald) –`): no one the story
/// is about.
fn credited_in_dateline(text: &str, name: &Range<usize>) -> bool {
    const DATELINE_BYTES: usize = 60;
    let Some((place, after)) = dateline_around(text, name, '(', DATELINE_BYTES) else {
        return false;
    };
    let opens_in_capitals = place.split_whitespace().next().is_some_and(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
    });
    opens_in_capitals
        && after
            .trim_start()
            .strip_prefix(')')
            .is_some_and(|rest| rest.trim_start().starts_with(['–', '—', '-']))
}

/// Whether a name is shaped as a person's: two to four words, each a name's word
/// (a capital, then lower case; no organisation's word, no title), none a place's
/// kind or a venue's.
fn shaped_as_a_person(name: &str) -> bool {
    let ws = words(name);
    (2..=4).contains(&ws.len())
        && ws.iter().all(|w| {
            let lower = w.lower();
            people::name_word(w.text)
                && !language::any(|p| p.place_nouns, &lower)
                && !language::any(|p| p.venue_words, &lower)
        })
}

/// What a question counts, in the forms a number's unit may take: the question's words,
/// their base forms and roots, and their translations (`rumah` → `maison`), so that a
/// unit written in another language (`homes` of an English article for `berapa
/// rumah`) is the one asked.
struct AskedUnits {
    /// The question's words and their base forms.
    own: HashSet<String>,
    /// Those, and the translations of each.
    translated: HashSet<String>,
    /// Whether the question asks a size, a distance or a weight (`luas`, `how far`).
    measure: bool,
    /// The noun counted, when the topic opens with one (`aftershocks` of "how many
    /// aftershocks followed the earthquake"), in the forms `translated` holds: the
    /// other words of the topic are what it is counted of.
    counted: HashSet<String>,
    /// The words of `counted` as the question writes them, without translations: the
    /// ones compared by spelling (see `counted_alike`).
    counted_written: Vec<String>,
    /// The noun of two words the question opens with (`tenaga kesehatan`), lower case.
    opening_pair: Option<String>,
    /// Whether the question asks a share, in percent (see `question::asks_share`).
    share: bool,
    /// Whether the question asks how long something lasts (`berapa lama`).
    duration: bool,
    /// Whether the question asks "how long": a span of time or a length.
    how_long: bool,
    /// Whether the question asks how much of a noun of no sum (`how much rice`): a
    /// measure.
    much_of: bool,
    /// Whether the question asks a sum or a count in all, not a rate.
    total: bool,
    /// Whether the question holds a word of rates (`per`, `setiap`, `a`, `chacun`).
    rate: bool,
    /// Whether the question asks what one of something costs ("how much does a
    /// one-way ticket cost"): a rate is its likeliest answer.
    cost_of_one: bool,
    /// Whether the question asks what something cost to build: a sum paid once.
    building: bool,
    /// Whether the question counts in words that ask only a count (`how many`,
    /// `combien de`).
    many: bool,
    /// Whether the question asks "how many", which English asks of a count only.
    english_many: bool,
    /// The kind of measure the question asks (`luas`: an area).
    dimension: Option<Dimension>,
}

impl AskedUnits {
    fn of(topic: &str) -> AskedUnits {
        let own: HashSet<String> = topic
            .split_whitespace()
            .flat_map(|w| unit_forms(&w.to_lowercase()))
            .collect();
        let mut translated = own.clone();
        for form in &own {
            translated.extend(translations(form).iter().flat_map(|t| unit_forms(t)));
        }
        // A noun of several words, as the question writes it (`sepeda motor`), and its
        // translations (`sarang lebah` → `ruche`).
        let lowered: Vec<String> = topic
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        for n in 2..=COUNTED_AFTER_UNIT {
            for phrase in lowered.windows(n).map(|ws| ws.join(" ")) {
                // A compound the dictionaries know, not any run of the question's words
                // (`bovins ont`, `kasus serangan`).
                let known = translations(&phrase);
                if known.is_empty() {
                    continue;
                }
                translated.extend(known.iter().map(|t| t.to_lowercase()));
                translated.insert(phrase);
            }
        }
        let measure = topic
            .split_whitespace()
            .any(|w| language::any(|p| p.asks_measure, &w.to_lowercase()));
        // A name opening the topic ("combien la Colombie-Britannique va-t-elle …")
        // is who counts, not what is counted.
        let mut counted: HashSet<String> = HashSet::new();
        // The noun phrase ends where the clause goes on with an auxiliary or a copula
        // (`ouvriers ont perdu leur emploi`: what is counted is `ouvriers`).
        let opening: Vec<&str> = topic
            .split_whitespace()
            .take(COUNTED_WORDS)
            .take_while(|w| w.starts_with(char::is_lowercase))
            .take_while(|w| {
                let lower = w.to_lowercase();
                !language::any(|p| p.saying_auxiliaries, &lower)
                    && !language::any(|p| p.copulas, &lower)
                    // Nor past a French verb of the third person plural (`passagers
                    // utilisent`): an inflection of an infinitive.
                    && !french_plural_verb(&lower)
            })
            .collect();
        // A role's noun the question counts by is counted with what it heads, as the
        // question writes it (`kepala keluarga`, households: `212 kepala keluarga`).
        for pair in opening.windows(2) {
            if role_class(pair[0]).is_some() {
                translated.insert(pair.join(" ").to_lowercase());
            }
        }
        // The noun of two words the question opens with, when its second word is no
        // verb nor a small word and its first no classifier (`tenaga kesehatan`; not
        // `warga mengungsi`, `emplois directs`, `poteaux et`, `ekor anjing`).
        let opening_pair = match opening.as_slice() {
            [first, second, ..]
                if !is_common_word(second)
                    && !language::id::CLASSIFIERS.contains(&first.to_lowercase().as_str())
                    && !["me", "ber", "di", "ter"]
                        .iter()
                        .any(|prefix| second.to_lowercase().starts_with(prefix)) =>
            {
                Some(format!("{first} {second}").to_lowercase())
            }
            _ => None,
        };
        let counted_written: Vec<String> = opening
            .iter()
            .map(|w| super::quotes::without_elision(w).to_lowercase())
            .collect();
        for w in opening {
            // `d'électeurs`, `daily return trips`: the noun and the words describing it.
            let forms = unit_forms(&super::quotes::without_elision(w).to_lowercase());
            for form in &forms {
                counted.extend(translations(form).iter().flat_map(|t| unit_forms(t)));
            }
            counted.extend(forms);
        }
        AskedUnits {
            own,
            translated,
            measure,
            counted,
            counted_written,
            opening_pair,
            share: false,
            how_long: false,
            much_of: false,
            total: false,
            rate: false,
            cost_of_one: false,
            building: false,
            many: false,
            english_many: false,
            dimension: topic
                .split_whitespace()
                .find_map(|w| dimension_asked(&w.to_lowercase())),
            duration: topic
                .split_whitespace()
                .any(|w| language::any(|p| p.asks_duration, &w.to_lowercase())),
        }
    }

    /// Whether `unit` is a word of the question other than the noun it counts (`6.2
    /// earthquake` for "how many aftershocks followed the earthquake").
    fn counts_another(&self, unit: &str) -> bool {
        !self.counted.is_empty() && self.counts(unit) && !self.is_counted(unit)
    }

    /// Whether `word`, in one of its forms or their translations, is of the noun the
    /// question counts.
    fn is_counted(&self, word: &str) -> bool {
        unit_forms(word).iter().any(|f| {
            self.counted.contains(f) || translations(f).iter().any(|t| self.counted.contains(*t))
        }) || self.counted_alike(word)
    }

    /// Whether `unit` (lower case, as `Quantity::unit`) is what the question counts.
    fn counts(&self, unit: &str) -> bool {
        // A function word (`de`) is what a translation may hold, never what is counted.
        if is_common_word(unit) {
            return false;
        }
        let forms = unit_forms(unit);
        forms.iter().any(|f| self.translated.contains(f))
            || forms
                .iter()
                .flat_map(|f| translations(f))
                .any(|t| self.own.contains(t))
    }

    /// Whether the question counts people by a noun that says no more than that
    /// (`people`, `orang`, `personnes`).
    fn counts_a_people_unit(&self) -> bool {
        self.counted_written
            .iter()
            .any(|c| PEOPLE_UNITS.contains(&c.as_str()))
    }

    /// Whether the question counts people (`pekerja`, `workers`, `habitants`): a role,
    /// a noun of people, or an English or French noun of someone who does something.
    fn counts_people(&self) -> bool {
        const AGENT_ENDINGS: &[&str] = &["ers", "eurs", "euses", "ants", "ents", "ists", "istes"];
        self.counted.iter().any(|c| {
            role_class(c).is_some()
                || language::PERSON_NOUNS.contains(&c.as_str())
                // "how many people": `158 jiwa`, `420 orang`.
                || PEOPLE_UNITS.contains(&c.as_str())
                || c.chars().count() > 5 && AGENT_ENDINGS.iter().any(|e| c.ends_with(e))
        })
    }

    /// Counts `noun` (lower case) as what the question counts, in its forms and their
    /// translations.
    fn count_noun(&mut self, noun: &str) {
        self.counted_written.push(noun.to_string());
        let forms = unit_forms(noun);
        for form in &forms {
            self.counted
                .extend(translations(form).iter().flat_map(|t| unit_forms(t)));
        }
        self.counted.extend(forms);
    }

    /// Whether `unit` is the noun the question counts, spelled alike in another
    /// language (`incubators` for `inkubator`, `kios` for `kiosks`), which the
    /// dictionaries may miss.
    fn counted_alike(&self, unit: &str) -> bool {
        self.counted_written
            .iter()
            .any(|c| !is_common_word(c) && crate::translate::cognate::spelled_alike(c, unit))
    }
}

/// The forms a word (lower case) may be compared in: itself, its English and French
/// base forms, a plural no dictionary knows without its `s` (`GPUs`), and its
/// Indonesian root (`pekerjaan` → `kerja`).
fn unit_forms(word: &str) -> Vec<String> {
    let mut forms = vec![word.to_string()];
    forms.extend(english::lemmas(word));
    forms.extend(crate::translate::french::lemmas(word));
    if let Some(singular) = word.strip_suffix('s').filter(|s| s.chars().count() >= 2) {
        forms.push(singular.to_string());
    }
    forms.extend(crate::analysis::terms(
        crate::analysis::AnalyzerKind::Id,
        word,
    ));
    forms.sort_unstable();
    forms.dedup();
    forms
}

/// The organisation words (`ministry`, `autorité`, `union`) among `asked`, with their
/// translations, lower case.
fn kinds_of_body_asked(asked: &[Word]) -> HashSet<String> {
    let is_body = |w: &str| {
        language::any(|p| p.organisation_words, w) || language::same_body_kind(w).next().is_some()
    };
    // The noun the question word goes with, when one does (`perusahaan` of "perusahaan
    // tambang apa yang dilarang pengadilan": not the court).
    let governed = governed_nouns(&lowered_question(asked), is_body);
    let mut kinds = HashSet::new();
    for (i, w) in asked.iter().enumerate() {
        if !governed.is_empty() && !governed.contains(&i) {
            continue;
        }
        let lower = w.lower();
        let same_kind: Vec<&str> = language::same_body_kind(&lower).collect();
        if is_body(&lower) {
            // A kind of body of its own row is told by that row's words alone: the
            // lexicon's other senses of the noun are no kinds of body (`société` and
            // `relation` of "association").
            if same_kind.is_empty() {
                kinds.extend(translations(&lower).iter().map(|t| t.to_string()));
            }
            kinds.extend(same_kind.into_iter().map(str::to_string));
            // A company is one kind, whatever word says it (`firm`, `perusahaan`).
            if language::any(|p| p.company_words, &lower) {
                for profile in language::PROFILES {
                    kinds.extend(profile.company_words.iter().map(|w| w.to_string()));
                }
            }
            kinds.insert(lower.into_owned());
        }
    }
    kinds
}

/// Whether a word of a name is the kind of body asked: one of `kinds`, or a word of
/// another language from the same Latin one (`laboratorium` for `laboratoire`,
/// `universitas` for `university`), their first seven letters alike once folded.
fn is_kind_asked(word: &str, kinds: &HashSet<String>) -> bool {
    const COGNATE_LETTERS: usize = 7;
    if kinds.contains(word) {
        return true;
    }
    // `Polsek` for "which police unit": a short form of a kind asked (`polisi`).
    if kinds
        .iter()
        .any(|k| crate::translate::abbreviation::short_forms(k).contains(&word))
    {
        return true;
    }
    // `Polda` for "satuan kepolisian mana": the kind its abbreviation stands for, in
    // the question's languages.
    if let Some(noun) = language::id::body_abbreviation(word) {
        return kinds.contains(noun) || translations(noun).iter().any(|t| kinds.contains(*t));
    }
    let word = folded(word);
    word.chars().count() >= COGNATE_LETTERS
        && kinds.iter().any(|k| {
            folded(k)
                .chars()
                .zip(word.chars())
                .take_while(|(a, b)| a == b)
                .count()
                >= COGNATE_LETTERS
        })
}

/// Whether the organisation at `range` of `text` follows a noun of the kind of body
/// asked, an article maybe between (`le syndicat Sud Santé` for "quel syndicat").
fn kind_before(text: &str, range: &Range<usize>, kinds: &HashSet<String>) -> bool {
    let before = words(text.get(..range.start).unwrap_or_default());
    let mut k = before.len();
    if k > 0 && language::any(|p| p.articles, &before[k - 1].lower()) {
        k -= 1;
    }
    // `le club de natation Les Dauphins`: the noun with what qualifies it, in the same
    // clause; a name between is another's (`Kementerian Agama sebagai penyelenggara`).
    // A kind written in capitals is no name (`l'ONG locale Action Médicale`).
    let kind = |w: &Word| {
        let lower = w.lower();
        is_kind_asked(&lower, kinds) || is_kind_asked(super::quotes::without_elision(&lower), kinds)
    };
    before[k.saturating_sub(KIND_BEFORE_WORDS)..k]
        .iter()
        .rev()
        .enumerate()
        .take_while(|(i, w)| {
            let in_capitals = !super::quotes::without_elision(w.text)
                .chars()
                .any(char::is_lowercase);
            !w.is_punct() && (*i == 0 || !w.is_capitalized() || in_capitals && kind(w))
        })
        .any(|(_, w)| kind(w))
}

/// The words before an organisation's name read for the kind of body asked.
const KIND_BEFORE_WORDS: usize = 3;

/// Whether the organisation at `range` of `text` is set off before a noun of the kind
/// of body asked, an article maybe between (`DeepSeek, sebuah startup AI dari China`,
/// `DeepSeek – startup AI China` for "which Chinese startup").
fn kind_after(text: &str, range: &Range<usize>, kinds: &HashSet<String>) -> bool {
    let end = text[range.end..]
        .char_indices()
        .nth(KIND_AFTER_CHARS)
        .map_or(text.len(), |(i, _)| range.end + i);
    let after = words(&text[range.end..end]);
    let Some((mark, rest)) = after.split_first() else {
        return false;
    };
    matches!(mark.text, "," | "–" | "—" | "-")
        && rest
            .iter()
            .skip_while(|w| {
                language::any(|p| p.articles, &w.lower())
                    || matches!(w.lower().as_ref(), "sebuah" | "salah")
            })
            .take(2)
            .take_while(|w| !w.is_punct())
            .any(|w| is_kind_asked(&w.lower(), kinds))
}

/// The characters after an organisation's name read for the kind of body asked.
const KIND_AFTER_CHARS: usize = 40;

/// How an organisation (`name`, written at `range` of `text`) fits the kinds of body
/// asked: `KIND_ASKED` when its name holds one or one introduces it (`Kementerian
/// Kesehatan` for "which ministry"), `OTHER_KIND_OF_BODY` when its name says it is a
/// body of another kind (`Badan Riset …` for "which university") and the question
/// doesn't leave any kind possible (`asks_any_body`: "lembaga apa"), else 1.
fn body_kind_fit(
    text: &str,
    range: &Range<usize>,
    name: &str,
    kinds: &HashSet<String>,
    asks_any_body: bool,
) -> f32 {
    if kinds.is_empty() {
        return 1.0;
    }
    let name = words(name);
    // A cooperative is of the kind its noun says, whatever words of trade follow it
    // (`Koperasi Produsen …` is no producer firm).
    let kind_words = if opens_with_cooperative(&name) {
        &name[..1]
    } else {
        &name[..]
    };
    if kind_words.iter().any(|w| is_kind_asked(&w.lower(), kinds))
        || kind_before(text, range, kinds)
        || kind_after(text, range, kinds)
    {
        KIND_ASKED
    } else if !asks_any_body
        && name.iter().any(|w| {
            let lower = w.lower();
            language::any(|p| p.organisation_words, &lower)
                // `Polresta Sidoarjo` is the police for "which travel agency".
                || language::id::body_abbreviation(&lower).is_some()
        })
    {
        OTHER_KIND_OF_BODY
    } else {
        1.0
    }
}

/// Whether an organisation's `name` opens with the kind of body asked, as French and
/// Indonesian write it (`Coopérative agricole des planteurs de la Nava`), or closes with
/// it, as English does (`Namoi Plains Grain Co-operative (NPGC)`), its acronym aside.
fn named_by_kind_asked(name: &str, asked_by: &HashSet<String>) -> bool {
    let ws = words(name);
    let mut spelt = ws
        .iter()
        .filter(|w| !w.is_punct() && w.text.chars().any(char::is_lowercase));
    let first = spelt.next();
    let last = spelt.next_back();
    [first, last]
        .into_iter()
        .flatten()
        .any(|w| asked_by.contains(&folded(&w.lower())))
}

/// What an organisation whose name holds the kind of body the question asks gains (and a
/// place named by the kind of place asked): as much as a role does a person.
const KIND_ASKED: f32 = 2.5;
/// What an organisation whose name says it is another kind of body than the one asked
/// keeps.
const OTHER_KIND_OF_BODY: f32 = 0.7;

/// A question's words in lower case, without an English possessive (`regency` of
/// `regency's`).
fn lowered_question(asked: &[Word]) -> Vec<String> {
    asked
        .iter()
        .map(|w| {
            let l = w.lower();
            l.strip_suffix("'s")
                .or_else(|| l.strip_suffix("’s"))
                .unwrap_or(&l)
                .to_string()
        })
        .collect()
}

/// The nouns of place or venue a question word goes with (`village` of "dans quel
/// village du district de Sanden", `pelabuhan` of "di pelabuhan mana"), by position.
fn governed_place_nouns(lower: &[String]) -> Vec<usize> {
    governed_nouns(lower, |w| {
        language::any(|p| p.place_nouns, w) || language::any(|p| p.venue_words, w)
    })
}

/// The positions of the words of `lower` that `is_noun` takes and a question word goes
/// with: "dans quel village du district de Sanden", "di pelabuhan mana di Kabupaten
/// Banyuasin", "perusahaan tambang apa yang dilarang pengadilan": the noun the question
/// word goes with is the kind asked, the others what the question names.
fn governed_nouns(lower: &[String], is_noun: impl Fn(&str) -> bool) -> Vec<usize> {
    let asking = |i: usize| {
        lower
            .get(i)
            .is_some_and(|w| language::any(|p| p.interrogatives, w))
    };
    // A word qualifying the noun may stand between: "di pasar hewan mana", "which
    // cattle market"; not a preposition ("mana di Kabupaten Banyuasin").
    let qualifies = |k: usize| {
        lower.get(k).is_some_and(|w| {
            w.chars().all(char::is_alphabetic)
                && !language::any(|p| p.place_prepositions, w)
                && !language::any(|p| p.of_words, w)
                && !language::any(|p| p.articles, w)
        })
    };
    // "perusahaan asal Townsville apa": Indonesian may set where the thing is from, a
    // name of one or two words, between the noun and the question word.
    let from_a_place = |i: usize| {
        lower
            .get(i + 1)
            .is_some_and(|w| matches!(w.as_str(), "asal" | "dari"))
            && (asking(i + 3) || asking(i + 4))
    };
    (0..lower.len())
        .filter(|&i| {
            is_noun(&lower[i])
                && ((i > 0 && asking(i - 1))
                    || asking(i + 1)
                    || (i > 1 && asking(i - 2) && qualifies(i - 1))
                    || (asking(i + 2) && qualifies(i + 1))
                    || from_a_place(i))
        })
        .collect()
}

/// How many dictionary paths must agree on a kind of place's translation.
const KIND_TRANSLATION_SUPPORT: u8 = 4;

/// The kinds of place a question asks by name (`regency` of "which regency's …",
/// `rumah sakit` of "di rumah sakit mana"), lower case, with their translations.
fn kinds_of_place_asked(asked: &[Word]) -> HashSet<String> {
    use crate::language::Tongue::{En, Fr, Id};
    let lower = lowered_question(asked);
    let is_place_or_venue =
        |w: &str| language::any(|p| p.place_nouns, w) || language::any(|p| p.venue_words, w);
    // "in which district (kecamatan)": a kind the question glosses in brackets is the
    // one asked, in place of the glossed word's other translations (`district` is
    // `kabupaten` too, the level above).
    let glossed_at = |i: usize| {
        lower.get(i + 1).is_some_and(|w| w == "(")
            && lower.get(i + 3).is_some_and(|w| w == ")")
            && lower.get(i + 2).is_some_and(|w| is_place_or_venue(w))
    };
    let governed: Vec<usize> = governed_place_nouns(&lower)
        .into_iter()
        .map(|i| if glossed_at(i) { i + 2 } else { i })
        .collect();
    let mut kinds: HashSet<String> = (0..lower.len())
        .filter(|&i| glossed_at(i) && governed.contains(&(i + 2)))
        .map(|i| lower[i].clone())
        .collect();
    // "where in Ilemela District", "di mana Wali Kota Padang": a noun written with a
    // capital beside another capitalised word is a word of a name the question gives
    // (a place's, a role's), not the kind asked.
    let in_a_name = |i: usize| {
        let capital = |k: usize| {
            asked
                .get(k)
                .is_some_and(|w| w.is_capitalized() && !w.is_punct())
        };
        // The question's first word has its capital whatever it is (`Di Kabupaten
        // mana`).
        i > 0 && capital(i) && (i > 1 && capital(i - 1) || capital(i + 1))
    };
    for (i, w) in lower.iter().enumerate() {
        if !governed.is_empty() && !governed.contains(&i) {
            continue;
        }
        if in_a_name(i) {
            continue;
        }
        let pair = i.checked_sub(1).map(|k| format!("{} {w}", lower[k]));
        for noun in pair.iter().chain(std::iter::once(w)) {
            // A venue the question word goes with is a kind asked too (`pelabuhan`).
            if language::any(|p| p.place_nouns, noun)
                || (governed.contains(&i) && is_place_or_venue(noun))
            {
                // Only translations the dictionaries agree on both ways: `village` is
                // `country` too by a weak path, and `desa` by a strong one, which would
                // make `Luxembourg` a village.
                for (from, to) in [(En, Fr), (En, Id), (Fr, En), (Fr, Id), (Id, En), (Id, Fr)] {
                    kinds.extend(
                        crate::translate::lexicon::entries(from, to, noun)
                            .iter()
                            .filter(|t| t.back && t.support >= KIND_TRANSLATION_SUPPORT)
                            .map(|t| t.text.to_lowercase()),
                    );
                }
                kinds.extend(language::same_division(noun).map(str::to_string));
                kinds.extend(language::same_street_kind(noun).map(str::to_string));
                // `RSUD Wates` for "di rumah sakit mana": a body's kind that is a place.
                kinds.extend(language::same_body_kind(noun).map(str::to_string));
                // "which building": a hall, a church, a barn.
                if language::BUILDING_NOUNS.contains(&noun.as_str()) {
                    kinds.extend(language::BUILDING_KINDS.iter().map(|k| k.to_string()));
                }
                kinds.insert(noun.clone());
            }
        }
    }
    // A place's noun of the languages' lists whose English the dictionaries give both
    // ways, however few of them (`bandara` → `airport` for "quel aéroport"): the lists
    // hold kinds of places only, so a weaker path is safe there.
    let english: Vec<String> = kinds.iter().cloned().collect();
    for profile in language::PROFILES.iter().filter(|p| p.tongue != En) {
        for noun in profile.place_nouns {
            if crate::translate::lexicon::entries(profile.tongue, En, noun)
                .iter()
                .any(|t| t.back && english.iter().any(|k| k == t.text))
            {
                kinds.insert(noun.to_string());
            }
        }
    }
    kinds
}

/// Whether a question asks who someone is by what they are or do, likelier a person
/// than a body: "who is the epidemiologist …", "qui est l'administratrice …", and
/// `siapa pemilik …`, `siapa petugas …`, where Indonesian puts the noun right after
/// "siapa" with no verb between, one made with the prefix of doers (`pe-`).
fn asks_who_someone_is(asked: &[Word]) -> bool {
    asked.windows(2).any(|pair| {
        let (ask, next) = (pair[0].lower(), pair[1].lower());
        language::any(|p| p.asks_who, &ask)
            && (language::any(|p| p.copulas, &next)
                || (language::id::ASKS_WHO.contains(&ask.as_ref())
                    && !pair[1].is_capitalized()
                    && next.starts_with("pe")
                    && next.chars().count() >= 5))
    })
}

/// Whether a name is a country's or a subdivision's (see `language::territories`) of one
/// of `kinds` (`Côtes-d'Armor`, a department, for `departemen`; `Vaud` for `canton`).
fn territory_of_kind(name: &str, kinds: &HashSet<String>) -> bool {
    !kinds.is_empty()
        && language::territory_kind(name)
            .is_some_and(|kind| kind.split(' ').any(|w| is_kind_asked(w, kinds)))
}

/// What a place gains set in the place the question names (see `set_in_named`).
const SET_IN_NAMED: f32 = 1.5;

/// Whether the place at `range` of `text` is followed by a comma and, past at most a
/// noun of place (`Kecamatan`, `district`), a capitalised word of the question (a
/// highlight): the place it is set in, named by the question.
fn set_in_named(text: &str, range: &Range<usize>, highlights: &[[usize; 2]]) -> bool {
    let Some(rest) = text.get(range.end..) else {
        return false;
    };
    let Some(after) = rest.strip_prefix(',') else {
        return false;
    };
    let offset = range.end + 1;
    let ws = words(after);
    let highlighted = |w: &Word| {
        let at = offset + w.start;
        highlights.iter().any(|&[s, e]| s <= at && at < e)
    };
    ws.iter()
        .take(2)
        .take_while(|w| !w.is_punct())
        .enumerate()
        .find(|(k, w)| *k == 1 || !language::any(|p| p.place_nouns, &w.lower()))
        .is_some_and(|(k, w)| {
            // Each word of its name: `Kecamatan Pesisir Tengah` is not set in `Pesisir
            // Barat`.
            w.is_capitalized()
                && ws[k..]
                    .iter()
                    .take(PLACE_WORDS)
                    .take_while(|n| n.is_capitalized() && !n.is_punct())
                    .all(highlighted)
        })
}

/// Whether the place at `range` of `text` follows one of `kinds` and a word of "of"
/// (`la centrale du Vazzio`, `the village of Wayam`): named as of that kind.
fn introduced_by_kind(text: &str, range: &Range<usize>, kinds: &HashSet<String>) -> bool {
    let before = words(text.get(..range.start).unwrap_or_default());
    let mut n = before.len();
    // `du fokontany d'Ambohibary-Sud`: an elided "of" glued to the name is read as two
    // words, the letter and the apostrophe.
    let elided_of = n >= 2
        && matches!(before[n - 1].text, "'" | "’")
        && before[n - 2].lower() == "d"
        && before[n - 1].start == before[n - 2].start + 1;
    if elided_of {
        n -= 1;
    }
    let of_last = n >= 1 && {
        let last = before[n - 1].lower();
        elided_of || language::any(|p| p.of_words, &last) || last == "des"
    };
    let kind_at = |k: usize| kinds.contains(super::quotes::without_elision(&before[k].lower()));
    // Its kind's words in lower case between (`le parc d'activités des Grands-Près`).
    let complemented = (2..=4).any(|back| {
        n.checked_sub(back).is_some_and(|k| {
            kind_at(k)
                && kind_complement_end(&before, k + 1)
                    .is_some_and(|end| end == n || (end + 1 == n && of_last))
        })
    });
    (of_last && n >= 2 && kind_at(n - 2)) || complemented
}

/// What a venue gains when the question asks where an event was held.
const VENUE_OF_AN_EVENT: f32 = 2.5;

/// Whether the place at `range` of `text` is a venue: its name, or the kind written
/// right before it (`la salle des fêtes de Decazeville`, `au théâtre Le Dôme`), holds a
/// word of buildings and grounds, a street's aside.
fn a_venue(text: &str, range: &Range<usize>) -> bool {
    let before = words(text.get(..range.start).unwrap_or_default());
    let name = words(text.get(range.clone()).unwrap_or_default());
    let kind_before = before
        .iter()
        .rev()
        .take(4)
        .take_while(|w| !w.is_capitalized());
    name.iter().chain(kind_before).any(|w| {
        let lower = w.lower();
        let bare = super::quotes::without_elision(&lower);
        !language::STREET_NOUNS.contains(&bare)
            && (language::any(|p| p.venue_words, bare)
                || language::BUILDING_KINDS.contains(&bare)
                || language::BUILDING_NOUNS.contains(&bare))
    })
}

/// What a place its name says is of another kind than the one asked keeps.
const OTHER_KIND_OF_PLACE: f32 = 0.5;

/// Verbs a bridge or a road spans a river by (`le pont … qui enjambe le Célé`): the
/// place after them is the river.
const SPANNING_VERBS: &[&str] = &[
    "enjambe",
    "enjambent",
    "enjambant",
    "franchit",
    "franchissant",
    "spans",
    "spanning",
    "melintasi",
    "membentang",
];

/// Nouns of rivers, for the place a bridge spans.
const RIVER_NOUNS: &[&str] = &["river", "rivière", "fleuve", "sungai", "stream", "ruisseau"];

/// Whether the place at `range` of `text` follows a verb of spanning (`SPANNING_VERBS`)
/// and its article (`qui enjambe l'Arget`): asked which river, it is one.
fn spanned(text: &str, range: &Range<usize>) -> bool {
    let before = text.get(..range.start).unwrap_or_default();
    let before = before
        .strip_suffix("l'")
        .or_else(|| before.strip_suffix("l’"))
        .unwrap_or(before);
    let before = words(before);
    let mut verb = before.len();
    // Past the article, elided or not.
    while verb > 0 && before.len() - verb < 2 {
        verb -= 1;
        let w = before[verb].lower();
        if SPANNING_VERBS.contains(&w.as_ref()) {
            return true;
        }
        if !language::any(|p| p.articles, &w) {
            return false;
        }
    }
    false
}

/// The noun of place written in lower case right after the place at `range` of `text`,
/// as English names a kind after the name (`Pentha village`, `Rajnagar block`).
fn kind_written_after(text: &str, range: &Range<usize>) -> Option<String> {
    let next = first_words(text.get(range.end..).unwrap_or_default())
        .into_iter()
        .next()?;
    let lower = next.lower();
    (!next.is_capitalized() && language::any(|p| p.place_nouns, &lower)).then(|| lower.into_owned())
}

/// Whether a name opens with a noun of place or venue (`Kabupaten Tasikmalaya`, `Jalan
/// Riau`, `Pasar Hewan Keppo`).
fn named_by_a_kind(name: &str) -> bool {
    words(name).first().is_some_and(|w| {
        let w = w.lower();
        language::any(|p| p.place_nouns, &w) || language::any(|p| p.venue_words, &w)
    })
}

/// Whether a name holds one of `kinds` (a word, or words one after the other).
fn names_a_kind(name: &str, kinds: &HashSet<String>) -> bool {
    // `basilique-cathédrale Saint-Michel`: each part of a compound names a kind.
    let lower = format!(
        " {} ",
        words(name)
            .iter()
            .map(|w| w.lower().replace('-', " "))
            .collect::<Vec<_>>()
            .join(" ")
    );
    kinds.iter().any(|k| lower.contains(&format!(" {k} ")))
}

/// Words before and after a name read for the noun introducing it (`the historian`
/// before `Helen McCulloch`, `, a historian at` after it).
const INTRODUCING_WORDS: usize = 4;

/// Whether the name at bytes `range` of `text` holds one of `forms` (`Kibuye market`,
/// `Grimwade Centre`) or stands within a few words of one (`l'historienne Helen
/// McCulloch`), as the same word or one sharing most of its stem (`historienne`,
/// `historian`).
fn introduced_by(text: &str, range: &Range<usize>, forms: &[String]) -> bool {
    let all = words(text);
    let inside: Vec<usize> = (0..all.len())
        .filter(|&i| {
            let start = all[i].start;
            range.start <= start && start < range.end
        })
        .collect();
    let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else {
        return false;
    };
    // Words, not commas, are counted (`Babacar Sow, 47 ans, éleveur`).
    // Or spelled alike once respelled as Indonesian spells a borrowed word
    // (`eksportir` for "which exporter"), which the dictionaries often miss.
    let is_form = |w: &&Word| {
        let word = folded(super::quotes::without_elision(w.text));
        forms.iter().any(|f| {
            same_stem(&word, f)
                || (!w.is_capitalized() && crate::translate::cognate::spelled_alike(&word, f))
        })
    };
    let before = all[..first]
        .iter()
        .rev()
        .filter(|w| !w.is_punct())
        .take(INTRODUCING_WORDS);
    let after = all[last + 1..]
        .iter()
        .filter(|w| !w.is_punct())
        .take(INTRODUCING_WORDS);
    all[first..=last]
        .iter()
        .filter(|w| !w.is_punct())
        .chain(before)
        .chain(after)
        .any(|w| is_form(&w))
}

/// The same word, or two sharing a stem of five letters or more that is most of the
/// shorter (`historienne` and `historian`, `localité` and `locality`).
fn same_stem(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= 5 && common * 10 >= shorter * 7
}

fn translations(word: &str) -> Vec<&'static str> {
    use crate::language::Tongue::{En, Fr, Id};
    [(En, Fr), (En, Id), (Fr, Id), (Id, Fr), (Fr, En), (Id, En)]
        .into_iter()
        .flat_map(|(from, to)| crate::translate::lexicon::lookup(from, to, word))
        .collect()
}

/// How close a sum the best article's headline gives stands to the question, at
/// least.
const IN_HEADLINE: f32 = 0.3;
/// What a number a change starts from keeps (`dari 800 jemaah menjadi 1.400`).
const CHANGED_FROM: f32 = 0.6;
/// What the number a change ends at gains (`… menjadi 1.400 jemaah`).
const CHANGED_TO: f32 = 1.3;
/// Words between a verb of change and the "to" before the number it ends at, at most
/// (`menaikkan harga menjadi`, `raised the fare to`).
const CHANGE_VERB_WORDS: usize = 4;
/// What the whole a part is taken of keeps (`Dari 23 sumber air, delapan …`).
const PARTITIVE_WHOLE: f32 = 0.5;
/// Words between a partitive word, its number and the comma closing its clause.
const PARTITIVE_GAP: usize = 4;

/// The noun right after a question's words of "how many" (`berapa produsen`, `combien
/// de vaccinateurs`), past "number of" (`berapa jumlah`). Not English's, whose noun is
/// the last of its words (`how many coal trucks`).
fn noun_after_how_many(lower: &[String]) -> Option<&str> {
    let at = lower
        .iter()
        .enumerate()
        .find_map(|(i, w)| match w.as_str() {
            "berapa" => Some(i + 1),
            "combien"
                if lower
                    .get(i + 1)
                    .is_some_and(|d| matches!(d.as_str(), "de" | "d'")) =>
            {
                Some(i + 2)
            }
            _ => None,
        })?;
    let at = if lower
        .get(at)
        .is_some_and(|w| matches!(w.as_str(), "jumlah" | "banyak"))
    {
        at + 1
    } else {
        at
    };
    lower
        .get(at)
        .map(String::as_str)
        .filter(|w| w.chars().all(char::is_alphabetic) && !is_common_word(w))
}

/// Words opening a counting question's topic read as what it counts.
const COUNTED_WORDS: usize = 3;

/// Units that count people, whoever they are (`420 orang`, `23 people`), lower case.
const PEOPLE_UNITS: &[&str] = &["orang", "jiwa", "people", "persons", "personnes"];

/// What a count of another noun keeps when the question names the noun it counts.
const OTHER_NOUN_COUNTED: f32 = 0.6;

/// What a measure (`hectares`, `km`) keeps when the question counts something else.
const MEASURE_NOT_ASKED: f32 = 0.6;
/// What a number keeps when its sentence names a year other than the article's and
/// the question's (`14 workers died in 2024`, read for a question on this year's
/// accident).
const OTHER_YEAR: f32 = 0.5;
/// What a number keeps when its sentence makes it a target or a forecast (`vise un
/// chiffre d'affaires de 450 millions`) and the question asks no such thing.
const TARGET: f32 = 0.5;

/// Whether `question` counts in the words that ask only a count: "how many", "combien"
/// before "de" (`combien de boutiques`, `combien d'habitants`), "berapa banyak" (`berapa
/// banyak kios`; a sum is asked as "berapa", its noun of money said).
fn asks_only_a_count(question: &str) -> bool {
    let lower: Vec<String> = words(question)
        .iter()
        .map(|w| w.lower().into_owned())
        .collect();
    lower.windows(2).any(|pair| match pair[0].as_str() {
        "how" => pair[1] == "many",
        "berapa" => pair[1] == "banyak",
        "combien" => pair[1] == "de" || ["d'", "d’"].iter().any(|e| pair[1].starts_with(e)),
        _ => false,
    })
}

/// The sentence of `text` around bytes `range`.
fn sentence_around(text: &str, range: &Range<usize>) -> Range<usize> {
    let is_end = |c: char| matches!(c, '.' | '!' | '?');
    // A full stop between digits (`16.000`) doesn't end a sentence.
    let ends_at =
        |i: usize| text[i..].starts_with(is_end) && text[i + 1..].starts_with(char::is_whitespace);
    let start = (0..range.start)
        .rev()
        .find(|&i| text.is_char_boundary(i) && ends_at(i))
        .map_or(0, |i| i + 1);
    let end = (range.end..text.len())
        .find(|&i| text.is_char_boundary(i) && ends_at(i))
        .map_or(text.len(), |i| i + 1);
    start..end
}

/// How much the words of its sentence leave a number as an answer: less when the
/// sentence names a year other than the article's that the question doesn't name, less
/// when it tells a target the question doesn't ask.
fn sentence_fit(
    text: &str,
    date: Option<&str>,
    q: &Quantity,
    all: &[Quantity],
    question: &str,
) -> f32 {
    let sentence = sentence_around(text, &q.range);
    let article_year = date.and_then(|d| d.get(..4));
    let asked = words(question);
    // A year alone (`sepanjang 2024`, `in 2023`) is the time of what the sentence
    // counts; a month's year (`en août 2022`) only dates an event it tells of.
    // Nor does a year a state holds since (`propriétaire du site depuis 2019`): what
    // the sentence counts holds now.
    let year_alone = |y: &Quantity| {
        y.year
            && words(&text[..y.range.start])
                .last()
                .is_none_or(|w| language::month_of(w.text).is_none())
            && !after_since(text, &y.range)
    };
    // An age set off after a name (`Yosef Bata (61)`, `Kodjo Amegah, 58 ans`) is the
    // person's age as the article is written, whatever year its sentence tells of.
    let apposed_age = q.age && text[..q.range.start].trim_end().ends_with(['(', ',']);
    // `Jika pada akhir 2025 … Rp 2,8 juta, kini … Rp 1,65 juta`: a word of now between
    // the year and the number sets the number in the present.
    let now_between = |y: &Quantity| {
        y.range.end <= q.range.start
            && words(&text[y.range.end..q.range.start])
                .iter()
                .any(|w| NOW_WORDS.contains(&w.lower().as_ref()))
    };
    let other_year = !apposed_age
        && all.iter().any(|y| {
            year_alone(y)
                && sentence.start <= y.range.start
                && y.range.end <= sentence.end
                && !now_between(y)
                && {
                    // The year's digits, not the word read after them as its unit (`2026
                    // mencapai`).
                    let written = format!("{}", y.value as i64);
                    article_year.is_some_and(|a| a != written)
                        && !asked.iter().any(|w| w.text == written)
                        // A budget's year past, the sum paid from it is spent; one to
                        // come is a plan's.
                        && !(article_year.is_some_and(|a| written.as_str() < a)
                            && a_budget_year(text, &y.range))
                }
        });
    let is_target = |w: &str| language::any(|p| p.target_words, &w.to_lowercase());
    let target = words(&text[sentence.start..q.range.start])
        .iter()
        .any(|w| is_target(w.text))
        && !asked.iter().any(|w| is_target(w.text));
    // `le préjudice dépasse 18 000 euros`: a loss, the sum a question asking one wants
    // (a question on the value of what was stolen may ask one without its word).
    let is_loss = |w: &str| {
        let lower = w.to_lowercase();
        // `kerugiannya`, with Indonesian's possessive.
        let bare = lower.strip_suffix("nya").unwrap_or(&lower);
        language::LOSS_WORDS.contains(&lower.as_str()) || language::LOSS_WORDS.contains(&bare)
    };
    let loss = if q.currency.is_some()
        && asked.iter().any(|w| is_loss(w.text))
        && words(&text[sentence.clone()])
            .iter()
            .any(|w| is_loss(w.text))
    {
        LOSS_ASKED
    } else {
        1.0
    };
    (if other_year { OTHER_YEAR } else { 1.0 }) * if target { TARGET } else { 1.0 } * loss
}

/// The years written in `text` in figures (`2026`, both of `2026-2027`).
fn years_written(text: &str) -> Vec<u32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() == 4)
        .filter_map(|d| d.parse().ok())
        .filter(|y| (1900..=2100).contains(y))
        .collect()
}

/// How much a date written as `date` fits a question naming `asked` years: less when
/// it is written with a year, none of them nor the article's own (a question on "the
/// 2025 village fund" asks of a day of the year the article tells of); never when
/// a state's start is asked (`since`), which comes before the years the question names.
fn year_fit(date: &str, asked: &[u32], article_year: Option<u32>, since: bool) -> f32 {
    let years = years_written(date);
    if since
        || asked.is_empty()
        || years.is_empty()
        || years
            .iter()
            .any(|y| asked.contains(y) || Some(*y) == article_year)
    {
        1.0
    } else {
        YEAR_NOT_ASKED
    }
}

/// What a date written with another year than the question names keeps.
const YEAR_NOT_ASKED: f32 = 0.3;

/// What a sum told as a loss gains when the question asks one.
const LOSS_ASKED: f32 = 1.5;

/// Whether the year at `range` is a budget's (`bersumber dari APBD Kabupaten Bengkayang
/// tahun 2025`, `the 2025 budget`, `l'exercice 2025`): the year a sum is paid from.
fn a_budget_year(text: &str, range: &Range<usize>) -> bool {
    let (_, before) = words_before(text, range.start);
    // From the year's digits: a year's range may hold the word after it as its unit.
    let from = first_words(&text[range.start..]);
    before
        .iter()
        .rev()
        .take_while(|w| !w.is_punct())
        .take(BUDGET_YEAR_WORDS)
        .chain(from.iter().skip(1).take(1).filter(|w| !w.is_punct()))
        .any(|w| BUDGET_WORDS.contains(&w.lower().as_ref()))
}

/// Words before a year naming the budget it is of, at most.
const BUDGET_YEAR_WORDS: usize = 4;

/// Nouns of a budget in the three languages, lower case, as written beside its year.
const BUDGET_WORDS: &[&str] = &[
    "apbd",
    "apbn",
    "apbdes",
    "anggaran",
    "budget",
    "fiscal",
    "exercice",
    "budgétaire",
];

/// Words of the present time, in the three languages.
const NOW_WORDS: &[&str] = &[
    "now",
    "currently",
    "today",
    "kini",
    "sekarang",
    "désormais",
    "maintenant",
    "actuellement",
];

/// The numbers of a passage that can answer: counts, sums of money or ages.
fn numbers(
    hit: &Hit,
    expect: Expect,
    asked_units: &AskedUnits,
    question: &str,
    measure_for_money: bool,
) -> Vec<Candidate> {
    let all = quantities(&hit.text, hit.lang);
    let mut fits: Vec<Option<f32>> = all
        .iter()
        .map(|q| {
            number_fit(q, expect, hit, asked_units).or_else(|| {
                (measure_for_money && is_measure(q))
                    .then_some(MONEY_FOR_COUNT * if q.digits { 1.0 } else { 0.7 })
            })
        })
        .collect();
    // `bertambah dari 800 jemaah menjadi 1.400 jemaah`: what was before a change is
    // rarely what is asked; the number it changes to is.
    for (i, q) in all.iter().enumerate() {
        let before = words(&hit.text[..q.range.start]);
        let after = words(&hit.text[q.range.end..]);
        let to = before
            .last()
            .filter(|w| language::CHANGE_FROM.contains(&w.lower().as_ref()))
            .and(after.first())
            .filter(|w| language::CHANGE_TO.contains(&w.lower().as_ref()))
            .and(after.get(1))
            .and_then(|n| {
                all.iter()
                    .position(|p| p.range.start == q.range.end + n.start)
            });
        if let Some(to) = to {
            if let Some(fit) = fits[i].as_mut() {
                *fit *= CHANGED_FROM;
            }
            if let Some(fit) = fits[to].as_mut() {
                *fit *= CHANGED_TO;
            }
        }
    }
    // `sepakat menaikkan harga menjadi Rp 1.100`: the number a change ends at, its
    // start untold.
    for (i, q) in all.iter().enumerate() {
        let (_, before) = words_before(&hit.text, q.range.start);
        let Some((to, rest)) = before.split_last() else {
            continue;
        };
        let changed_to = language::CHANGE_TO.contains(&to.lower().as_ref())
            && !rest
                .iter()
                .rev()
                .take(CHANGE_VERB_WORDS)
                .any(|w| language::CHANGE_FROM.contains(&w.lower().as_ref()))
            && rest
                .iter()
                .rev()
                .take(CHANGE_VERB_WORDS)
                .take_while(|w| !w.is_punct())
                .any(|w| language::CHANGE_VERBS.contains(&w.lower().as_ref()));
        if changed_to && let Some(fit) = fits[i].as_mut() {
            *fit *= CHANGED_TO;
        }
    }
    // `Dari 23 sumber air, delapan sudah kering`: the part counts what the whole
    // counts, and the whole is what the sentence takes a part of, not its news.
    // Not when the question asks the whole ("how many books … in total").
    if expect == Expect::Count && !asked_units.total {
        for (whole, part) in partitives(&hit.text, &all) {
            if let (Some(w), Some(p)) = (fits[whole], fits[part]) {
                fits[part] = Some(p.max(w));
                fits[whole] = Some(w * PARTITIVE_WHOLE);
            }
        }
    }
    all.iter()
        .cloned()
        .zip(fits)
        .filter_map(|(mut q, fit)| {
            let fit = fit? * sentence_fit(&hit.text, hit.date.as_deref(), &q, &all, question);
            if let Some(end) = counted_after(&hit.text, hit.lang, &q, asked_units) {
                q.range.end = end;
            }
            // `112 lots of` of `112 lots of bought-back land`: a count ends on its noun,
            // not on the word of `of` after it.
            q.range.end = without_trailing_of(&hit.text, &q.range);
            let digits_end = q.range.start.max(
                hit.text[q.range.clone()]
                    .find(char::is_numeric)
                    .map_or(q.range.start, |i| q.range.start + i),
            );
            let core = digits_end..(digits_end + 1).min(q.range.end);
            Some(Candidate {
                text: hit.text[q.range.clone()].to_string(),
                value: Some(format_value(q.value)),
                kind: match expect {
                    Expect::Count if q.currency.is_some() => Some(Expect::Money),
                    Expect::Money if q.currency.is_none() => Some(Expect::Count),
                    _ => None,
                },
                range: q.range,
                core,
                fit,
            })
        })
        .collect()
}

/// Whether a lower-case word is a French verb of the third person plural (`utilisent`,
/// `assurent`): ending so, an inflection of an infinitive.
fn french_plural_verb(lower: &str) -> bool {
    lower.ends_with("ent")
        && crate::translate::french::lemmas(lower)
            .iter()
            .any(|l| l.ends_with("er") || l.ends_with("ir") || l.ends_with("re"))
}

/// Whether a number is a quantity measured (`1.2 million liters`, `300 tonnes`), not a
/// sum nor an age.
fn is_measure(q: &Quantity) -> bool {
    q.currency.is_none()
        && !(q.age || q.year || q.in_date || q.in_name || q.time)
        && q.value > 0.0
        && q.unit
            .as_deref()
            // A share is no measure of anything (`18 persen`, `12 percent`).
            .is_some_and(|u| {
                u != "%"
                    && !language::any(|p| p.asks_share, u)
                    && language::any(|p| p.measure_units, u)
            })
}

/// The wholes and parts of a text's numbers, as indices of `all`: a clause opening with
/// a partitive word names a whole, and the first number after its comma is a part of
/// it (`Dari 23 sumber air, delapan …`, `Of the roughly 32,000 schools, more than
/// 23,000 …`).
fn partitives(text: &str, all: &[Quantity]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, q) in all.iter().enumerate() {
        // `212 dari 275 bidang`, `8 of the 23 wells`, `12 sur 40`: the part first, then
        // a partitive word and the whole, of the same kind (not `Sh180 million among
        // 1,240 miners`).
        let after = words(&text[q.range.end..]);
        let mut k = 0;
        if after
            .first()
            .is_some_and(|w| language::any(|p| p.partitive_words, &w.lower()))
        {
            k = 1;
            if after
                .get(1)
                .is_some_and(|w| language::any(|p| p.articles, &w.lower()))
            {
                k = 2;
            }
        }
        if k > 0
            && let Some(next) = after.get(k)
            && let Some(whole) = all.iter().position(|p| {
                p.range.start == q.range.end + next.start
                    && p.currency.is_some() == q.currency.is_some()
                    && (q.unit.is_none() || q.unit == p.unit)
            })
        {
            out.push((whole, i));
            continue;
        }
        let before = words(&text[..q.range.start]);
        // The partitive word opens the clause, a few words before the number.
        let Some(opener) = before
            .iter()
            .rev()
            .take(PARTITIVE_GAP + 1)
            .position(|w| w.is_punct() || language::any(|p| p.partitive_words, &w.lower()))
            .map(|k| before.len() - 1 - k)
        else {
            continue;
        };
        if before[opener].is_punct()
            || opener > 0 && !matches!(before[opener - 1].text, "." | "," | "!" | "?" | ";")
        {
            continue;
        }
        // The whole's clause ends at a comma, a few words after it.
        let after = words(&text[q.range.end..]);
        let Some(comma) = after
            .iter()
            .take(PARTITIVE_GAP + 1)
            .position(|w| w.is_punct())
            .filter(|&k| after[k].text == ",")
        else {
            continue;
        };
        let rest = q.range.end + after[comma].start + 1;
        let gap = |p: &Quantity| words(&text[rest..p.range.start]).len();
        if let Some(part) = all
            .iter()
            .position(|p| p.range.start >= rest && gap(p) <= PARTITIVE_GAP / 2)
        {
            out.push((i, part));
        }
    }
    out
}

/// Where the word the question counts ends, when it follows a number's unit (`six
/// radiotherapy machines`): the unit describes it. Not after a unit asked itself
/// (`12.500 warga mengungsi`), nor after a measure (`dua meter merendam`: what
/// follows is no noun of it). The words the question names right after it are one
/// name of the thing counted (`twelve trawl net boats` for "how many trawl net
/// boats"): the span takes them all, not the first alone.
fn counted_after(text: &str, lang: Lang, q: &Quantity, asked_units: &AskedUnits) -> Option<usize> {
    // `a 60-horsepower engine` is one engine.
    if q.measures_noun {
        return None;
    }
    // Nor after a span of time the question doesn't ask (`15 tahun berjualan`: years
    // of selling, not sellers).
    let unit = q.unit.as_deref().filter(|u| {
        !language::any(|p| p.measure_units, u)
            && (asked_units.duration || !language::any(|p| p.duration_units, u))
    })?;
    // The unit and the words after it are one noun the question asks (`sembilan sepeda
    // motor` for "how many motorcycles"): the span takes the whole noun.
    let after = words(&text[q.range.end..]);
    // `3,000 head of cattle`: English counts livestock by the head.
    if lang == Lang::Other
        && unit == "head"
        && let [of, animal, ..] = after.as_slice()
        && of.text == "of"
        && animal.text.chars().all(char::is_alphabetic)
        && !is_common_word(animal.text)
    {
        return Some(q.range.end + animal.start + animal.text.len());
    }
    // `47 sick or injured turtles`, `21,600 bifacial solar panels` for "how many
    // turtles", "berapa panel surya": English describes the noun counted before it, the
    // number first; the noun the question counts, a few plain words on, ends the span.
    // The last such noun of the phrase (`37 land title applications`).
    if lang == Lang::Other && !asked_units.counts(unit) {
        let mut last = None;
        for w in after.iter().take(COUNTED_AFTER_UNIT) {
            let lower = w.lower();
            let joins = matches!(lower.as_ref(), "or" | "and");
            if w.is_punct()
                || w.is_capitalized()
                || !w.text.chars().all(char::is_alphabetic)
                || ((is_common_word(w.text)
                    || crate::analysis::stopwords::is_stop_word(&lower)
                    || ENGLISH_PREPOSITIONS.contains(&lower.as_ref()))
                    && !joins)
            {
                break;
            }
            if !joins && asked_units.counts(&lower) && asked_units.is_counted(&lower) {
                last = Some(q.range.end + w.start + w.text.len());
            }
        }
        if last.is_some() {
            return last;
        }
    }
    let mut phrase = unit.to_lowercase();
    for w in after.iter().take(COUNTED_AFTER_UNIT - 1) {
        if w.is_punct() {
            break;
        }
        phrase.push(' ');
        phrase.push_str(&w.lower());
        if asked_units.translated.contains(&phrase) {
            return Some(q.range.end + w.start + w.text.len());
        }
    }
    // `52 licence holders` for "combien de titulaires de licence": English puts the
    // noun counted after the words describing it; a singular unit asked, then a plural
    // noun, is that noun's count.
    // Whatever the question's words, when they count the unit or none of the words
    // after it (`38 multipurpose cyclone shelters` for "berapa tempat perlindungan
    // siklon serbaguna").
    if lang == Lang::Other
        && let Some(head) = english_head_after(&text[q.range.end..], unit)
        && (asked_units.counts(unit) || !asked_units.counts(&head.to_lowercase()))
    {
        return Some(q.range.end + head.len() + text[q.range.end..].find(head).unwrap_or(0));
    }
    // After a unit asked itself, only more of the words the question opens with as
    // what it counts, where a noun's modifiers stand before it (English: `210,000
    // smallholder farmers` for "how many smallholder farmers"); Indonesian and French
    // put them after (`30.000 ekor anjing`, `420 emplois directs`): the unit is the
    // noun counted.
    let unit_asked = asked_units.counts(unit);
    // Indonesian and French write a noun of two words as the question does, the number
    // before it (`186 tenaga kesehatan` for "berapa tenaga kesehatan …").
    // Not when the question's noun phrase goes on past the pair (`320 pasien penyakit
    // kronis` for "berapa pasien penyakit kronis": patients, of a chronic disease).
    // Nor when a noun goes on after it in lower case (`312 anak usia sekolah`: children
    // of school age), not a verb (`warga mengungsi`).
    let indonesian_verb =
        |w: &str| lang == Lang::Id && ["me", "ber", "di", "ter"].iter().any(|p| w.starts_with(p));
    let goes_on = |k: usize| {
        after.get(k).is_some_and(|w| {
            let lower = w.lower();
            !w.is_punct()
                && (asked_units.counted_written.iter().any(|c| *c == lower)
                    || !(w.is_capitalized()
                        || is_common_word(w.text)
                        || !w.text.chars().all(char::is_alphabetic)
                        || indonesian_verb(&lower)))
        })
    };
    if lang != Lang::Other
        && let (Some(pair), Some(next)) = (&asked_units.opening_pair, after.first())
        && !next.is_punct()
        && *pair == format!("{} {}", unit.to_lowercase(), next.lower())
        && !goes_on(1)
    {
        return Some(q.range.end + next.start + next.text.len());
    }
    // A role's noun counts with what it heads, whatever the question's words
    // (`640 kepala keluarga` for "how many households").
    if lang == Lang::Id
        && role_class(unit).is_some()
        && let Some(next) = after.first()
        && !next.is_punct()
        && !next.is_capitalized()
        && !indonesian_verb(&next.lower())
        && !is_common_word(next.text)
        && next.text.chars().all(char::is_alphabetic)
    {
        return Some(q.range.end + next.start + next.text.len());
    }
    // … and so is a word after it the question counts too (`85 perahu motor` for
    // "combien de bateaux à moteur"); not a verb (`warga mengungsi`: an Indonesian
    // verb's prefix).
    if unit_asked
        && lang != Lang::Other
        && !language::id::CLASSIFIERS.contains(&unit.to_lowercase().as_str())
        && let Some(next) = after.first()
        && !next.is_punct()
        && !next.is_capitalized()
        && asked_units.counts(&next.lower())
        && asked_units.is_counted(&next.lower())
        && !goes_on(1)
        && !(lang == Lang::Id
            && ["me", "ber", "di", "ter"]
                .iter()
                .any(|p| next.lower().starts_with(p)))
    {
        return Some(q.range.end + next.start + next.text.len());
    }
    // `380 seasonal staff` for "combien de saisonniers": in English an adjective the
    // question counts, after the number, describes the noun after it, which the span
    // takes.
    if lang == Lang::Other
        && asked_units.counts(unit)
        && !unit.ends_with('s')
        && ["al", "ive", "ic", "ent", "ant", "ous", "ary"]
            .iter()
            .any(|e| unit.to_lowercase().ends_with(e))
        && let Some(next) = after.first()
        && !next.is_punct()
        && !next.is_capitalized()
        && next.text.chars().all(char::is_alphabetic)
        && !is_common_word(next.text)
        && !crate::analysis::stopwords::is_stop_word(&next.lower())
        && !ENGLISH_PREPOSITIONS.contains(&next.lower().as_ref())
    {
        return Some(q.range.end + next.start + next.text.len());
    }
    // `64 moteurs hors-bord`, `12 navires porte-conteneurs`: French writes a compound in
    // lower case after the noun counted as part of what it is.
    if unit_asked
        && lang == Lang::Fr
        && let Some(next) = after.first()
        && !next.is_capitalized()
        && next
            .text
            .split_once('-')
            .is_some_and(|(a, b)| a.chars().count() >= 3 && b.chars().count() >= 3)
        && next
            .text
            .split('-')
            .all(|p| p.chars().all(char::is_alphabetic))
    {
        return Some(q.range.end + next.start + next.text.len());
    }
    if unit_asked && (asked_units.counted.is_empty() || lang != Lang::Other) {
        return None;
    }
    // When the question opens with what it counts, only those words (not its verb:
    // `buruh kehilangan pekerjaan` for "combien d'ouvriers ont perdu leur emploi").
    let of_counted =
        |w: &str| (asked_units.counted.is_empty() && !unit_asked) || asked_units.is_counted(w);
    let end = words(&text[q.range.end..])
        .into_iter()
        .take(COUNTED_AFTER_UNIT)
        .take_while(|w| {
            let lower = w.lower();
            !w.is_punct()
                && asked_units.counts(&lower)
                && of_counted(&lower)
                // Nor a preposition the question writes after it too (`63 complaints
                // about` for "how many complaints about the roadblock").
                && !crate::analysis::stopwords::is_stop_word(&lower)
                // An English participle after the noun is the clause's verb (`4,200
                // farmers registered`).
                && !(lang == Lang::Other && lower.ends_with("ed"))
                // Indonesian and French name what they count after it (`36 regu
                // Masyarakat Peduli Api`): the name is no word of the count.
                && !(lang != Lang::Other && w.is_capitalized())
        })
        .last()?;
    Some(q.range.end + end.start + end.text.len())
}

/// Where the span at `range` of `text` ends without a last word of `of` (`of`, `de`,
/// `des`, `du`), when it holds more than that word and the number.
fn without_trailing_of(text: &str, range: &Range<usize>) -> usize {
    let span = &text[range.clone()];
    let ws = words(span);
    match ws.as_slice() {
        [.., before, last]
            if ws.len() >= 3 && matches!(last.lower().as_ref(), "of" | "de" | "des" | "du") =>
        {
            range.start + before.start + before.text.len()
        }
        _ => range.end,
    }
}

/// The plural noun after a singular unit in English (`holders` of `52 licence
/// holders`, `engines` of `12 fire engines`, `shelters` of `38 multipurpose cyclone
/// shelters`): the noun the number counts, the unit and the word between describing it.
fn english_head_after<'t>(after: &'t str, unit: &str) -> Option<&'t str> {
    /// Words describing the noun counted between the unit and it, at most.
    const MODIFIERS: usize = 1;
    // A plural unit is the noun counted; not a short word or one in `-ss` (`gas`,
    // `bus`, `glass`).
    if unit.len() > 3 && unit.ends_with('s') && !unit.ends_with("ss") {
        return None;
    }
    let plain = |w: &Word| {
        !w.is_punct()
            && !w.is_capitalized()
            && !is_common_word(w.text)
            && w.text.chars().all(char::is_alphabetic)
    };
    let plural = |w: &Word| {
        let lower = w.lower();
        plain(w)
            && w.text.len() >= 4
            && w.text.ends_with('s')
            && !language::any(|p| p.duration_units, &lower)
            && !language::any(|p| p.measure_units, &lower)
    };
    let next = first_words(after);
    let head = next.iter().take(MODIFIERS + 1).position(plural)?;
    (next[..head].iter().all(plain)).then_some(next[head].text)
}

/// A count's span up to its classifier when a noun follows it (`214 unit` of `214 unit
/// rumah`, `4.250 lembar` of `4.250 lembar uang palsu`): the count is of the
/// classifier, as news and readers quote it.
fn ending_at_classifier(text: &str, range: &Range<usize>) -> Range<usize> {
    let ws = words(&text[range.clone()]);
    ws.iter()
        .position(|w| language::id::CLASSIFIERS.contains(&w.lower().as_ref()))
        .filter(|&k| k > 0 && k + 1 < ws.len())
        .map_or(range.clone(), |k| {
            range.start..range.start + ws[k].start + ws[k].text.len()
        })
}

/// Whether a name opens with a role (`Jaksa penuntut umum`, `Kepala Dinas Koperasi`) or
/// a vessel's noun (`Kapal Motor Penyeberangan (KMP) Sinar Enggano`): no body.
fn titled_by_a_role(name: &str) -> bool {
    words(name).first().is_some_and(|w| {
        role_class(w.text).is_some() || language::VESSEL_WORDS.contains(&w.lower().as_ref())
    })
}

/// A person's name without the pilgrim's title `H.` (haji) opening it, as Indonesian
/// writes many (`H. Teuku Rizal Maulana`): the name is what follows, of two words at
/// least (an initial before one word is the name's own).
fn without_pilgrim_title(name: &str) -> Option<&str> {
    name.strip_prefix("H. ")
        .filter(|rest| rest.split_whitespace().count() >= 2)
}

/// English prepositions the stop words leave out, which end a noun phrase (`4,200
/// fisherfolk without income`).
const ENGLISH_PREPOSITIONS: &[&str] = &[
    "without", "within", "across", "along", "among", "beyond", "despite", "toward", "towards",
    "upon", "via",
];

/// Words the question names after a number's unit read as what it counts, at most.
const COUNTED_AFTER_UNIT: usize = 3;

/// Whether an ordinal of `rank` stands a few words before `range` in its sentence (`a
/// second hub at Elburgon`, `pusat kedua di Elburgon`).
fn ordinal_before(text: &str, range: &Range<usize>, rank: f64) -> bool {
    let sentence = sentence_around(text, range);
    let before = words(&text[sentence.start..range.start]);
    before
        .iter()
        .rev()
        .take(ORDINAL_WORDS)
        .any(|w| language::ordinal_of(&w.lower()) == Some(rank))
}

/// Words before a candidate an ordinal introducing it may stand, at most.
const ORDINAL_WORDS: usize = 4;

/// What a candidate the article introduces by the ordinal asked gains.
const ORDINAL_SAID: f32 = 2.5;

/// How well a number fits what the question expects; `None` when it can't answer.
fn number_fit(q: &Quantity, expect: Expect, hit: &Hit, asked_units: &AskedUnits) -> Option<f32> {
    if q.in_date || q.year || q.in_name || q.time || q.value <= 0.0 {
        return None;
    }
    // `au 27 rue de la République`: a number before a street's noun in the singular
    // is an address; a count of more than one would take the plural.
    if q.value > 1.0 && q.unit.as_deref().is_some_and(|u| STREET_NOUNS.contains(&u)) {
        return None;
    }
    let span_of_time = q
        .unit
        .as_deref()
        .is_some_and(|u| language::any(|p| p.duration_units, u));
    // The question names what it counts (`GPU`, `euro`), and the number counts it.
    let unit_asked = hit
        .highlights
        .iter()
        .any(|&[s, e]| s >= q.range.start && e <= q.range.end)
        || q.unit
            .as_ref()
            .is_some_and(|u| asked_units.counts(u) || asked_units.counted_alike(u))
        // "how many people": `158 jiwa` counts them as `158 orang` would.
        || q.unit
            .as_deref()
            .is_some_and(|u| PEOPLE_UNITS.contains(&u) && asked_units.counts_a_people_unit())
        || counted_after(&hit.text, hit.lang, q, asked_units).is_some()
        // "how long …", "combien de temps …": a span of time is what is asked.
        || (asked_units.duration && span_of_time);
    // `12 fire engines` for "combien de pompiers … l'incendie": the unit asked
    // describes another noun, which the number counts.
    let describes_another = hit.lang == Lang::Other
        && !q.measures_noun
        && q.unit.as_deref().is_some_and(|u| {
            english_head_after(&hit.text[q.range.end..], u)
                .is_some_and(|head| !asked_units.counts(&head.to_lowercase()))
        });
    let unit_asked = unit_asked && !describes_another;
    // "what percentage": a number in percent answers, and one in percent only.
    if expect == Expect::Count && asked_units.share {
        return Some(if in_percent(&hit.text, q) {
            1.5
        } else {
            SHARE_NOT_IN_PERCENT
        });
    }
    let fit = match expect {
        Expect::Age => return q.age.then_some(1.0),
        Expect::Money if q.currency.is_some() => 1.0,
        Expect::Money => return None,
        // A sum for "how many members": the question counts something else, and when it
        // counts people (`berapa jumlah anggota`), no sum can be the answer's kind.
        Expect::Count if q.currency.is_some() && !q.age && asked_units.counts_people() => {
            MONEY_FOR_COUNT * MONEY_FOR_PEOPLE
        }
        Expect::Count if q.currency.is_some() && !q.age && !asked_units.counted.is_empty() => {
            MONEY_FOR_COUNT
                * if asked_units.many {
                    MONEY_FOR_MANY
                } else {
                    MONEY_FOR_COUNTED
                }
        }
        Expect::Count if q.currency.is_some() && !q.age => MONEY_FOR_COUNT,
        // A share counts nothing a question counts, written `%` or in words (`38
        // persen`, `12 pour cent`).
        Expect::Count if q.age || in_percent(&hit.text, q) => {
            return None;
        }
        Expect::Count if q.unit.is_none() => 0.5,
        // `45 menit` for a question counting workers: a span of time, asked only by
        // "how long" or by its unit.
        Expect::Count if !unit_asked && !asked_units.duration && span_of_time => {
            0.8 * DURATION_NOT_ASKED
        }
        // `2.300 hectares` for a question counting homes: a measure, asked of no
        // count but a size's.
        Expect::Count
            if !unit_asked
                && !asked_units.measure
                && q.unit
                    .as_deref()
                    .is_some_and(|u| language::any(|p| p.measure_units, u)) =>
        {
            0.8 * MEASURE_NOT_ASKED
        }
        Expect::Count => 0.8,
        _ => return None,
    };
    // A number of another word of the question than the one counted describes it
    // (`a magnitude 6.2 earthquake`), it doesn't count what is asked.
    let unit_asked = unit_asked
        && !(expect == Expect::Count
            && q.unit
                .as_deref()
                .is_some_and(|u| asked_units.counts_another(u)));
    let fit = if unit_asked { fit * 1.5 } else { fit };
    // "berapa luas sawah": an area answers, not a length (`35 meter`), a weight nor a
    // number of no measure.
    let fit = match asked_units.dimension {
        Some(asked) if dimension_of(&hit.text, q) == Some(asked) => fit * SAME_DIMENSION,
        Some(_) => fit * OTHER_DIMENSION,
        // "how long is the detour": a span of time or a measure answers, not a count
        // of a noun the question names (`1 200 résidents`).
        // "how much rice … has been delayed": a measure (`96 tonnes`), not a count of
        // another noun (`27 écoles`).
        None if asked_units.much_of
            && expect == Expect::Count
            && q.currency.is_none()
            && q.unit
                .as_deref()
                .is_some_and(|u| u != "%" && !language::any(|p| p.measure_units, u)) =>
        {
            fit * OTHER_DIMENSION
        }
        None if asked_units.how_long
            && expect == Expect::Count
            && !span_of_time
            && q.unit
                .as_deref()
                .is_some_and(|u| u != "%" && !language::any(|p| p.measure_units, u)) =>
        {
            fit * OTHER_DIMENSION
        }
        None => fit,
    };
    // `7,8 ton` for "berapa banyak sampah": "berapa banyak" and "combien de" ask a mass
    // as they ask a count; a measure, which keeps less already, counts no other noun.
    // English "how many" asks a count only, and people are counted, never measured.
    let a_mass_measured = |u: &str| {
        language::any(|p| p.measure_units, u)
            && asked_units.many
            && !asked_units.english_many
            && !asked_units.counts_people()
    };
    // `38,000 homes` for "how many aftershocks": a count of another noun than the one
    // the question counts counts something else.
    let fit = if expect == Expect::Count
        && !unit_asked
        && !asked_units.duration
        && !asked_units.measure
        && !asked_units.counted.is_empty()
        && q.unit.as_deref().is_some_and(|u| {
            let of_what_is_asked = u == "%"
                || asked_units.is_counted(u)
                // `420 orang` for "berapa pekerja": people count any people asked.
                || (PEOPLE_UNITS.contains(&u) && asked_units.counts_people())
                || a_mass_measured(u);
            !of_what_is_asked
        }) {
        fit * OTHER_NOUN_COUNTED
    } else {
        fit
    };
    let fit = if (asked_units.total || asked_units.building) && is_rate(&hit.text, q) {
        fit * RATE_FOR_TOTAL
    } else if !asked_units.rate && is_rate(&hit.text, q) {
        // `Rp 5.200 per kilogram` for "how much did the mill cost": a rate, when the
        // question asks none, is likelier another sum than the one asked.
        fit * RATE_NOT_ASKED
    } else if asked_units.cost_of_one && !is_rate(&hit.text, q) {
        // `Rp 3,2 miliar` for "how much does a one-way ticket cost": a sum that is no
        // rate is likelier a whole cost than what one costs.
        fit * RATE_NOT_ASKED
    } else {
        fit
    };
    // `Puluhan sumur` for "how many wells": a rough size, where the article likely
    // tells the count too (`ada 37 sumur`).
    let rough = words(&hit.text[q.range.clone()])
        .first()
        .is_some_and(|w| language::any(|p| p.rough_numbers, &w.lower()));
    let fit = if rough { fit * ROUGH_NUMBER } else { fit };
    // `satu wali murid`, `one of them`: one or two, written in words, is rarely a count
    // asked, and the count itself is likely written in digits nearby.
    let fit = if !q.digits && q.value <= 2.0 && expect == Expect::Count {
        fit * SMALL_NUMBER_WORD
    } else {
        fit
    };
    // A number word (`satu`, `one`, `dix jours`) is often no count at all; before
    // what the question counts (`Tujuh pekerja`) it is as sure as digits.
    Some(if q.digits || unit_asked {
        fit
    } else {
        fit * 0.7
    })
}

/// Kinds of measure a question may ask and a number may be written in.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Dimension {
    Area,
    Length,
    Weight,
    Volume,
}

/// What a measure of the kind asked gains, and one of another kind, or of none (`40`,
/// `tiga butir`), keeps.
const SAME_DIMENSION: f32 = 1.5;
/// See `SAME_DIMENSION`.
const OTHER_DIMENSION: f32 = 0.3;

/// The kind of measure a word of a question asks (`luas`, `superficie`, `area`:
/// an area), lower case.
fn dimension_asked(word: &str) -> Option<Dimension> {
    Some(match word {
        // Not English `area`, as often a place (`in the Kathiote area`).
        "luas" | "superficie" => Dimension::Area,
        "panjang" | "longueur" | "length" | "lebar" | "largeur" | "width" | "wide" | "tinggi"
        | "hauteur" | "height" | "tall" | "kedalaman" | "profondeur" | "depth" | "deep"
        | "jarak" | "distance" | "jauh" | "loin" | "far" => Dimension::Length,
        "berat" | "poids" | "weight" | "heavy" => Dimension::Weight,
        _ => return None,
    })
}

/// The kind of measure a number is written in, read from the words after it (`1.150
/// hektare`, `2 400 mètres carrés`, `35 meter`, `1,2 ton`).
fn dimension_of(text: &str, q: &Quantity) -> Option<Dimension> {
    // The number and the few words after it, not the rest of the passage.
    const WINDOW_CHARS: usize = 40;
    let end = text[q.range.end..]
        .char_indices()
        .nth(WINDOW_CHARS)
        .map_or(text.len(), |(i, _)| q.range.end + i);
    let after = words(&text[q.range.start..end]);
    // Past the digits, their marks and a scale word (`1,2 juta ton`).
    let at = after.iter().position(|w| {
        !(w.is_punct()
            || w.text.starts_with(|c: char| c.is_ascii_digit())
            || language::PROFILES
                .iter()
                .any(|p| p.scale_words.iter().any(|(s, _)| *s == w.lower())))
    })?;
    let lower = after[at].lower();
    let next = after
        .get(at + 1)
        .map(|w| w.lower().into_owned())
        .unwrap_or_default();
    match lower.as_ref() {
        "square" => return Some(Dimension::Area),
        "cubic" => return Some(Dimension::Volume),
        _ => {}
    }
    let squared = matches!(next.as_str(), "persegi" | "carré" | "carrés" | "carrées");
    let cubed = matches!(next.as_str(), "kubik" | "cube" | "cubes");
    let base = match lower.as_ref() {
        "hektare" | "hektar" | "ha" | "hectare" | "hectares" | "acre" | "acres" | "m2" | "m²"
        | "km2" | "km²" => return Some(Dimension::Area),
        "m3" | "m³" | "liter" | "litre" | "litres" | "liters" | "l" => {
            return Some(Dimension::Volume);
        }
        "kg" | "kilogram" | "kilogramme" | "kilogrammes" | "kilograms" | "kilo" | "kilos"
        | "ton" | "tonne" | "tonnes" | "tons" | "gram" | "gramme" | "grammes" | "grams" | "g"
        | "kuintal" | "quintal" | "quintaux" => return Some(Dimension::Weight),
        "meter" | "metre" | "metres" | "meters" | "mètre" | "mètres" | "m" | "km" | "kilometer"
        | "kilometre" | "kilometres" | "kilomètre" | "kilomètres" | "cm" | "mm" | "mile"
        | "miles" | "mil" | "feet" | "foot" => Dimension::Length,
        _ => return None,
    };
    Some(if squared {
        Dimension::Area
    } else if cubed {
        Dimension::Volume
    } else {
        base
    })
}

/// What one or two written in words keeps as a count.
const SMALL_NUMBER_WORD: f32 = 0.5;
/// What a rough size (`puluhan`, `des centaines`) keeps as a count or a sum.
const ROUGH_NUMBER: f32 = 0.4;
/// What a rate (`Rp 25.000 per ekor`) keeps when the question asks a total.
const RATE_FOR_TOTAL: f32 = 0.25;
/// What a rate keeps when the question holds no word of rates (`per`, `setiap`, `a`).
const RATE_NOT_ASKED: f32 = 0.7;

/// Whether the number `q` of `text` is a rate: a word of "per" after it (`Rp 25.000
/// per ekor`, `50 euros par tête`, `$5 a head`), or a slash (`Rp 25.000/ekor`).
fn is_rate(text: &str, q: &Quantity) -> bool {
    let rest = &text[q.range.end..];
    let after: Vec<String> = first_words(rest)
        .iter()
        .take(2)
        .map(|w| w.lower().into_owned())
        .collect();
    // Or an adjective of a rate before its noun, as English writes it (`a $14 daily
    // cap`).
    rest.starts_with('/')
        || says_rate(&after, 0)
        || after
            .first()
            .is_some_and(|w| language::RATE_ADJECTIVES.contains(&w.as_str()))
}

/// Whether the word at `i` of `lower` (words in lower case) says "per" (`par tête`,
/// `per ekor`), and not "by" (`organisées par le district`: an article follows).
fn says_rate(lower: &[String], i: usize) -> bool {
    let Some(word) = lower.get(i) else {
        return false;
    };
    // An article of the rate word's own language (`par an` is "a year": `an` is an
    // English article only).
    language::PROFILES.iter().any(|p| {
        p.rate_words.contains(&word.as_str())
            && !lower.get(i + 1).is_some_and(|next| {
                p.articles.contains(&next.as_str())
                    || p.articles
                        .iter()
                        .any(|a| a.ends_with(['\'', '’']) && next.starts_with(a))
            })
    })
}

/// What a span of time fits a question counting something else.
const DURATION_NOT_ASKED: f32 = 0.3;

/// What a number not in percent fits a question asking a share.
const SHARE_NOT_IN_PERCENT: f32 = 0.2;

/// Whether `q` of `text` is written in percent (`38 %`, `38 persen`, `38 per cent`,
/// `38 pour cent`).
fn in_percent(text: &str, q: &Quantity) -> bool {
    let unit = q.unit.as_deref();
    if unit.is_some_and(|u| u == "%" || language::any(|p| p.asks_share, u)) {
        return true;
    }
    // `per cent`, `pour cent`: the unit read is the first word, `cent` follows it.
    let next = text
        .get(q.range.end..)
        .and_then(|rest| words(rest).first().map(|w| w.lower().into_owned()));
    matches!(unit, Some("per" | "pour")) && next.as_deref() == Some("cent")
}

fn format_value(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// The dates of a passage: whole dates as `corpus::date` reads them, and the partial
/// dates news write of recent days (`Kamis 29 Februari`, `March 4`, `novembre 2022`,
/// `ce mardi`), made whole with the article's date when it has one.
/// A date in brackets after its weekday (`Rabu (12/11/2025)`, as Indonesian news
/// writes the day of an event), with the weekday: the day as the article tells it.
/// Any other date as it is.
fn with_weekday(text: &str, date: &Range<usize>) -> Range<usize> {
    let before = text[..date.start].trim_end();
    let closed = text[date.end..].starts_with(')');
    let weekday = before
        .strip_suffix('(')
        .filter(|_| closed)
        .and_then(|before| words(before).last().map(|w| (w.start, w.text)))
        .filter(|(_, w)| language::weekday_of(w).is_some());
    match weekday {
        Some((start, _)) => start..date.end + 1,
        None => date.clone(),
    }
}

/// Characters read for the words just before or after a point: the few words there,
/// not the whole passage (read for every date, number and name).
const WORDS_BEFORE_CHARS: usize = 60;

/// The first words of `text`: its first `WORDS_BEFORE_CHARS` characters' (read after
/// every name and number).
fn first_words(text: &str) -> Vec<Word<'_>> {
    let end = text
        .char_indices()
        .nth(WORDS_BEFORE_CHARS)
        .map_or(text.len(), |(i, _)| i);
    words(&text[..end])
}

/// The words of the last `WORDS_BEFORE_CHARS` characters of `text[..end]`, with the
/// byte at which that tail starts (the words' offsets count from it).
fn words_before(text: &str, end: usize) -> (usize, Vec<Word<'_>>) {
    let before = &text[..end];
    let start = before
        .char_indices()
        .rev()
        .nth(WORDS_BEFORE_CHARS)
        .map_or(0, |(i, _)| i);
    (start, words(&before[start..]))
}

/// A date of two days told from the first (`samedi 7 et dimanche 8 août 2027`, `7 and
/// 8 August`): the event's days, where the date read is the second's.
fn with_first_day(text: &str, date: Range<usize>) -> Range<usize> {
    let (offset, before) = words_before(text, date.start);
    let n = before.len();
    if n < 2 || !matches!(before[n - 1].lower().as_ref(), "et" | "and" | "dan" | "au") {
        return date;
    }
    let day = &before[n - 2];
    if !(day.text.len() <= 2 && day.text.chars().all(|c| c.is_ascii_digit())) {
        return date;
    }
    let (start, first) = match n.checked_sub(3).map(|k| &before[k]) {
        Some(weekday) if language::weekday_of(weekday.text).is_some() => {
            (offset + weekday.start, n - 3)
        }
        _ => (offset + day.start, n - 2),
    };
    // `du lundi 20 au mardi 21 juillet`: "au" only after "du".
    if before[n - 1].lower() == "au"
        && first
            .checked_sub(1)
            .is_none_or(|k| before[k].lower() != "du")
    {
        return date;
    }
    start..date.end
}

/// A date of two days written with the month first, told to its second day (`Feb. 19
/// and 20`): the event's days, where the date read is the first's.
fn with_last_day(text: &str, date: Range<usize>) -> Range<usize> {
    if !text[..date.end].ends_with(|c: char| c.is_ascii_digit()) {
        return date;
    }
    let after = first_words(&text[date.end..]);
    match after.as_slice() {
        [and, day, rest @ ..]
            if matches!(and.lower().as_ref(), "and" | "et" | "dan")
                && day.text.len() <= 2
                && day.text.chars().all(|c| c.is_ascii_digit())
                && rest.first().is_none_or(|n| {
                    n.is_punct() || language::any(|p| p.place_prepositions, &n.lower())
                }) =>
        {
            date.start..date.end + day.start + day.text.len()
        }
        _ => date,
    }
}

/// The capitalised words a question writes right after a preposition of place, past an
/// article (`Sikka` of "which district in Sikka"), unless a place's kind stands beside
/// them (`in Kilombero District`): the place the one asked is in, folded.
fn places_asked_within(asked: &[Word]) -> HashSet<String> {
    let ws: Vec<&Word> = asked.iter().filter(|w| !w.is_punct()).collect();
    let is_kind = |w: &Word| {
        let lower = w.lower();
        language::any(|p| p.place_nouns, &lower) || language::any(|p| p.venue_words, &lower)
    };
    let mut within = HashSet::new();
    for (k, w) in ws.iter().enumerate() {
        if k == 0 || !language::any(|p| p.place_prepositions, &w.lower()) {
            continue;
        }
        let mut at = k + 1;
        if ws
            .get(at)
            .is_some_and(|a| language::any(|p| p.articles, &a.lower()))
        {
            at += 1;
        }
        let run: Vec<&&Word> = ws[at.min(ws.len())..]
            .iter()
            .take_while(|n| n.is_capitalized())
            .collect();
        // `the Long Midang border market`: the kind may follow a word describing it.
        let typed = run.iter().any(|n| is_kind(n))
            || ws.iter().skip(at + run.len()).take(2).any(|n| is_kind(n));
        if !run.is_empty() && !typed {
            within.extend(run.iter().map(|n| folded(n.text)));
        }
    }
    within
}

/// What a person gains whose role's phrase writes a body's acronym the question gives.
const ACRONYM_OF_BODY: f32 = 1.5;

/// Whether one of `acronyms` is written in the phrase before the name at `range`, in
/// its sentence and a few words back (`Kepala Pelaksana Badan Penanggulangan Bencana
/// Daerah (BPBD) Sumbawa, Drs. H. Jamaluddin Hasan`).
fn acronym_in_role_phrase(text: &str, range: &Range<usize>, acronyms: &[&str]) -> bool {
    /// Words before a name its role's phrase may take.
    const PHRASE_WORDS: usize = 16;
    let before = words(&text[..range.start]);
    // A title's point (`Drs.`, `H.`) ends no sentence: only one after a word in lower
    // case does.
    let ends_a_sentence = |k: usize| {
        is_sentence_break(before[k].text)
            && k.checked_sub(1).is_none_or(|p| !before[p].is_capitalized())
    };
    // `président de l'UCTUM`: the acronym with French's article elided onto it.
    let given = |w: &str| {
        let bare = ["l'", "l’", "d'", "d’"]
            .iter()
            .find_map(|e| w.strip_prefix(e))
            .unwrap_or(w);
        acronyms.contains(&bare)
    };
    if (0..before.len())
        .rev()
        .take_while(|&k| !ends_a_sentence(k))
        .take(PHRASE_WORDS)
        .any(|k| given(before[k].text))
    {
        return true;
    }
    // Or the role set off after the name, past an age (`Pierre-Yves Chambon, 61 ans,
    // président du CELVP`): a role's noun, then the acronym a few words on.
    const ROLE_AFTER_WORDS: usize = 6;
    let after = first_words(&text[range.end..]);
    if after.first().is_none_or(|w| w.text != ",") {
        return false;
    }
    let phrase: Vec<&Word> = after
        .iter()
        .skip(1)
        .take_while(|w| !is_sentence_break(w.text))
        .take(ROLE_AFTER_WORDS)
        .collect();
    phrase.iter().enumerate().any(|(k, w)| {
        role_class(w.text).is_some() && phrase[k + 1..].iter().take(3).any(|a| given(a.text))
    })
}

/// What a person whose age, written right after the name, is the one the question
/// gives gains.
const AGE_NAMED: f32 = 2.0;

/// The ages a question gives, as written: `58` of `58-year-old`, `58 ans`, `58
/// tahun`, `aged 58`.
fn ages_in_question(asked: &[Word]) -> Vec<String> {
    let ws: Vec<&Word> = asked.iter().filter(|w| !w.is_punct()).collect();
    let digits = |t: &str| !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit());
    let mut ages = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        let lower = w.lower();
        if let Some(n) = lower.strip_suffix("-year-old").filter(|n| digits(n)) {
            ages.push(n.to_string());
        } else if digits(w.text)
            && (ws
                .get(k + 1)
                .is_some_and(|u| language::any(|p| p.age_units, &u.lower()))
                || k > 0
                    && matches!(
                        ws[k - 1].lower().as_ref(),
                        "aged" | "âgé" | "âgée" | "berusia"
                    ))
        {
            ages.push(w.text.to_string());
        }
    }
    ages
}

/// Whether `age` is written right after the name at `range`, set off by a comma or in
/// brackets (`Ghjuvan Petru Susini, 58 ans,`, `Sukimin (58)`).
fn age_right_after(text: &str, range: &Range<usize>, age: &str) -> bool {
    text.get(range.end..).is_some_and(|after| {
        let rest = after.trim_start_matches([',', ' ', '(']);
        rest.len() < after.len()
            && rest
                .strip_prefix(age)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// What a month without its day fits a question asking a day or a date.
const MONTH_FOR_DAY: f32 = 0.5;

fn dates(hit: &Hit, asks_founding: bool, asks_future: bool, asks_day: bool) -> Vec<Candidate> {
    let whole = crate::corpus::date::find_dates(&hit.text);
    let mut out: Vec<Candidate> = whole
        .iter()
        .map(|(range, iso)| {
            let written = with_last_day(
                &hit.text,
                with_first_day(&hit.text, with_weekday(&hit.text, range)),
            );
            Candidate {
                text: hit.text[written.clone()].to_string(),
                value: Some(iso.clone()),
                core: without_year(&hit.text, range),
                range: written,
                // "on what date": a month (`Juli 2026`, `2026-07`) tells no day.
                fit: if asks_day && iso.len() == "2026-07".len() {
                    MONTH_FOR_DAY
                } else {
                    1.0
                },
                kind: None,
            }
        })
        .collect();
    let mut found: Vec<(Range<usize>, Option<String>, f32)> =
        partial_dates(&hit.text, hit.date.as_deref());
    // A year alone (`Fondée en 2014`): the answer to a question about a beginning,
    // a poor one to any other "when".
    for q in quantities(&hit.text, hit.lang) {
        let after_month = words_before(&hit.text, q.range.start)
            .1
            .last()
            .is_some_and(|w| language::month_of(w.text).is_some());
        if q.year && !after_month {
            let digits = q.range.start..q.range.start + 4;
            let value = hit.text[digits.clone()].to_string();
            // A year to come answers a question put in the future (`à partir de
            // 2028`), though less well than a day would (`mardi 8 décembre` for "when
            // is the public meeting", an article writing `2028` for the works).
            let to_come = asks_future
                && hit
                    .date
                    .as_deref()
                    .and_then(|d| d.get(..4))
                    .is_some_and(|year| value.as_str() > year);
            // "on what day did the works begin": a day, though a beginning is asked.
            let fit = if asks_day {
                YEAR_FOR_DAY
            } else if asks_founding {
                1.0
            } else if to_come {
                YEAR_TO_COME
            } else {
                YEAR_ALONE
            };
            // `au printemps 2027`: the season is the date's.
            let (offset, before) = words_before(&hit.text, q.range.start);
            let start = before
                .last()
                .filter(|w| language::SEASONS.contains(&w.lower().as_ref()))
                .map_or(digits.start, |w| offset + w.start);
            found.push((start..digits.end, Some(value), fit));
        }
    }
    // A beginning is seldom told by its day alone, unless it is the news (`la naissance
    // d'une femelle okapi, survenue dans la nuit du dimanche 31 mai` in an article of
    // 11 June).
    if asks_founding {
        for (range, value, fit) in &mut found {
            // A weekday alone is no such news: it tells a day of this week's events.
            let written = hit.text[range.clone()].chars().any(|c| c.is_ascii_digit());
            let recent = written
                && value
                    .as_deref()
                    .zip(hit.date.as_deref())
                    .and_then(|(v, a)| days_apart(v, a))
                    .is_some_and(|d| d <= RECENT_DAYS);
            if hit.text[range.clone()].chars().any(char::is_alphabetic) && !recent {
                *fit *= DAY_FOR_FOUNDING;
            }
        }
    }
    // `on Thursday (April 23)`: the weekday is the bracketed day's, which answers with
    // it; the weekday alone is no answer of its own.
    let written: Vec<Range<usize>> = found
        .iter()
        .map(|(range, _, _)| with_weekday(&hit.text, range))
        .collect();
    for (k, (range, value, fit)) in found.into_iter().enumerate() {
        let weekday_of_another = written
            .iter()
            .enumerate()
            .any(|(j, w)| j != k && w.start == range.start && w.end > range.end);
        if weekday_of_another
            || whole
                .iter()
                .any(|(w, _)| w.start < range.end && range.start < w.end)
            || out
                .iter()
                .any(|c| c.range.start < range.end && range.start < c.range.end)
        {
            continue;
        }
        let core = without_year(&hit.text, &range);
        let range = with_last_day(&hit.text, with_first_day(&hit.text, written[k].clone()));
        let month_only = value.as_deref().is_some_and(|v| v.len() == "2026-07".len());
        out.push(Candidate {
            text: hit.text[range.clone()].to_string(),
            value,
            core,
            range,
            fit: if asks_day && month_only {
                fit * MONTH_FOR_DAY
            } else {
                fit
            },
            kind: None,
        });
    }
    // `Bouaké, 12 nov 2026 (AIP) –`: the day the story was filed, seldom the day of
    // what it tells.
    for c in &mut out {
        if in_dateline(&hit.text, &c.range) {
            c.fit *= DATELINE_DATE;
        }
    }
    out
}

/// What the date of a dateline keeps.
const DATELINE_DATE: f32 = 0.3;

/// Whether one sentence of `text` holds a word of starting and a month's name (`Le
/// chantier avait débuté le lundi 12 janvier`).
fn says_a_start_with_a_month(text: &str, past: bool) -> bool {
    text.split_inclusive(['.', '!', '?']).any(|sentence| {
        let ws = words(sentence);
        let month = |k: usize| {
            ws.get(k)
                .is_some_and(|w| language::month_of(w.text).is_some())
        };
        (says_a_start(&ws, past) && (0..ws.len()).any(month))
            // `sejak 2 Mei 2026`: a month's day after "since".
            || ws.iter().enumerate().any(|(k, w)| {
                language::any(|p| p.since_words, &w.lower()) && (month(k + 2) || month(k + 3))
            })
    })
}

/// Whether `ws` hold a word of starting; when the question is put in the past, not a
/// start to come (`la deuxième phase débutera le lundi 4 mai` for "when did the
/// clearing start"): a French future, or a start after "will", `akan` or `va`.
fn says_a_start(ws: &[Word], past: bool) -> bool {
    ws.iter().enumerate().any(|(k, w)| {
        let lower = w.lower();
        language::any(|p| p.start_words, &lower)
            && !(past
                && (lower.ends_with("ra")
                    || lower.ends_with("ront")
                    || ws[k.saturating_sub(2)..k]
                        .iter()
                        .any(|a| matches!(a.lower().as_ref(), "will" | "akan" | "va" | "vont"))))
    })
}

/// What a day gains in a sentence saying something began, when the question asks when
/// something began.
const START_ASKED: f32 = 2.0;
/// What another day of an article saying when something began keeps, then.
const NOT_THE_START: f32 = 0.25;

/// What a day written right after the question's verb gains (see
/// `told_right_after_asked`).
const EVENT_ASKED: f32 = 1.5;
/// Words between a verb and the day it happened on (`ditangkap pada Senin`, `arrested
/// on Monday`, `interpellé le mardi`), lower case.
const DAY_LINKS: &[&str] = &["pada", "on", "le", "ce", "en", "in", "at", "hari"];

/// Whether the word before a date, past the words linking a verb to its day, is a word
/// of the question written in lower case: the verb of the event asked.
fn told_right_after_asked(text: &str, date: &Range<usize>, highlights: &[[usize; 2]]) -> bool {
    let Some(before) = text.get(..date.start) else {
        return false;
    };
    let ws = words(before);
    let Some(at) = ws
        .iter()
        .rev()
        .take(3)
        .position(|w| !DAY_LINKS.contains(&w.lower().as_ref()))
    else {
        return false;
    };
    let verb = &ws[ws.len() - 1 - at];
    // French writes a noun and its adjective before `le` too (`une consultation
    // publique le 9 décembre`): there, only a past participle is the event's verb.
    let french_link = ws[ws.len() - at..]
        .iter()
        .any(|w| matches!(w.lower().as_ref(), "le" | "ce"));
    let lower = verb.lower();
    let participle = [
        "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues",
    ]
    .iter()
    .any(|e| lower.ends_with(e))
        && !lower.ends_with("que")
        && !lower.ends_with("ques");
    !verb.is_punct()
        && !verb.is_capitalized()
        && (!french_link || participle)
        && highlights
            .iter()
            .any(|&[s, e]| s <= verb.start && verb.start < e)
}

/// What a date keeps when it is the day someone spoke (see `said_on`).
const DAY_OF_SAYING: f32 = 0.35;
/// How many words a date of saying stands after the verb, at most (`kata Kepala
/// Pelaksana BPBD Sidrap, Andi Syamsul Bahri, kepada wartawan, Selasa`).
const SAYING_WORDS: usize = 16;
/// How many words may follow a date of saying in its sentence (`Selasa (3/11) malam`).
const SAID_ON_AFTER: usize = 2;

/// Whether a word is a verb of saying in any language (`kata`, `said`, `déclaré`),
/// with the Indonesian pronoun too (`ujarnya`, `katanya`).
fn is_saying_verb(lower: &str) -> bool {
    language::any(|p| p.saying_verbs_after, lower)
        || language::any(|p| p.saying_verbs_before, lower)
        || lower
            .strip_suffix("nya")
            .is_some_and(|stem| language::id::SAYING_VERBS_AFTER.contains(&stem))
}

/// Whether a date tells the day someone spoke: it follows a verb of saying in its
/// sentence, a few words on, with no "that" between (`," kata Andi kepada wartawan,
/// Selasa (3/11/2026)`, `the mayor said on Tuesday`; not `he said that on Monday
/// the dam …`).
fn said_on(text: &str, date: &Range<usize>) -> bool {
    let Some(before) = text.get(..date.start) else {
        return false;
    };
    let ws = words(before);
    // The day of saying closes its sentence (`…, Selasa (3/11/2026).`); a date with
    // more said after it is what was reported (`mengatakan tinggi muka air mencapai
    // 15,42 meter pada Rabu (18/11/2026) pukul 21.00 WIB, atau …`).
    // Split by spaces: a time (`21.00`) holds a full stop that ends no sentence.
    let closes = text[date.end..]
        .split_whitespace()
        .take_while(|w| !w.starts_with(['"', '“', '«']))
        .position(|w| w.ends_with(['.', '!', '?', ';']))
        .is_none_or(|last| last <= SAID_ON_AFTER);
    let kept: Vec<&Word> = ws
        .iter()
        .filter(|w| !matches!(w.text, "," | "(" | ")"))
        .collect();
    // `a annoncé ce mercredi la naissance …`: right after the verb, the day of saying
    // whatever follows.
    let right_after_verb = kept.iter().rev().take(2).any(|w| {
        let lower = w.lower();
        is_saying_verb(&lower) || language::ANNOUNCING_VERBS.contains(&lower.as_ref())
    });
    if right_after_verb {
        return true;
    }
    if !closes {
        return false;
    }
    // `ujarnya saat ditemui di kantornya, Rabu`: a reporter meeting the speaker is no
    // event of its own.
    let interviewed = |k: usize| {
        kept[k + 1..]
            .iter()
            .take(3)
            .any(|w| language::any(|p| p.interview_words, &w.lower()))
    };
    for (k, w) in kept.iter().enumerate().rev().take(SAYING_WORDS) {
        let lower = w.lower();
        // `saat membacakan amar putusan`: the speaking is the event told.
        let when = matches!(
            lower.as_ref(),
            "saat" | "ketika" | "when" | "while" | "lors"
        );
        if is_sentence_break(w.text)
            || matches!(lower.as_ref(), "bahwa" | "that" | "que" | "qu'")
            || (when && !interviewed(k))
        {
            return false;
        }
        if is_saying_verb(&lower) {
            // `mengatakan hasil uji laboratorium atas sampel para pasien keluar pada
            // Senin (16/11/2026)`: a clause of its own between the verb and a date
            // joined to it without a comma tells when what was reported happened.
            // (`…, pada Senin`: a comma before its preposition sets it off.)
            let joined = !ws.iter().rev().take(2).any(|l| l.text == ",");
            return !(joined && kept.len() - 1 - k > REPORTED_CLAUSE_WORDS);
        }
    }
    false
}

/// Words between a verb of saying and a date joined to them without a comma beyond
/// which the date is the reported event's, not the day of saying.
const REPORTED_CLAUSE_WORDS: usize = 5;

/// The text before `range` up to `mark` (a dateline's place, `at` bytes at most) and
/// the text after `range`, when the text before ends with `mark`.
fn dateline_around<'t>(
    text: &'t str,
    range: &Range<usize>,
    mark: char,
    at: usize,
) -> Option<(&'t str, &'t str)> {
    let place = text.get(..range.start)?.trim_end().strip_suffix(mark)?;
    (place.len() <= at).then_some((place, text.get(range.end..)?))
}

/// Whether a date stands in the dateline opening a passage: after a place (capitalised
/// words and a comma) and before the agency's name in brackets or a dash.
fn in_dateline(text: &str, date: &Range<usize>) -> bool {
    const PLACE_BYTES: usize = 40;
    let Some((place, after)) = dateline_around(text, date, ',', PLACE_BYTES) else {
        return false;
    };
    let after = after.trim_start();
    !place.is_empty()
        && place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && (after.starts_with('(') || after.starts_with(['–', '—', '-']))
}

/// The part of a date that must not be a word of the question: all but its year when
/// it names a day or a month too. "kapan final … 2026" names the year of the day it
/// asks (`22 November 2026`), not the day itself.
fn without_year(text: &str, date: &Range<usize>) -> Range<usize> {
    let written = &text[date.clone()];
    let ws = words(written);
    match ws.last() {
        Some(y)
            if ws.len() > 1
                && y.text.len() == 4
                && y.text.chars().all(|c| c.is_ascii_digit())
                && y.start > 0 =>
        {
            date.start..date.start + written[..y.start].trim_end().len()
        }
        _ => date.clone(),
    }
}

/// Whether a question is put in the future (`when will …`, `kapan … akan …`,
/// `quand seront-ils démolis`).
fn asks_future(asked: &[Word]) -> bool {
    // French endings in a French question only: Indonesian words end so too
    // (`bendahara`, `perkara`).
    let french = asked.iter().any(|w| {
        let lower = w.lower();
        let fr = &language::fr::PROFILE;
        fr.asks_when.contains(&lower.as_ref())
            || fr.interrogatives.contains(&lower.as_ref())
            || fr.articles.contains(&lower.as_ref())
    });
    asked.iter().any(|w| {
        let lower = w.lower();
        // `seront-ils`: the verb without its pronoun.
        let verb = lower.split('-').next().unwrap_or_default();
        // A name is no verb (`Saputra`).
        // `antara`, Indonesian "between", ends as a French future does.
        language::any(|p| p.future_words, verb)
            || (french
                && !w.is_capitalized()
                && !is_common_word(verb)
                && language::all(|p| p.future_endings)
                    .any(|e| verb.ends_with(e) && verb.chars().count() > e.chars().count() + 3))
    })
}

/// Whether a question is put in the past (`when was the objection filed`, `quand a-t-il
/// été`, `kapan sudah`) by an auxiliary of its language's past.
fn asks_past(asked: &[Word]) -> bool {
    asked.iter().enumerate().any(|(i, w)| {
        let lower = w.lower();
        let verb = lower.split('-').next().unwrap_or_default();
        // `quand a lieu le festival`: "takes place", in the present.
        language::any(|p| p.past_words, verb)
            && asked.get(i + 1).is_none_or(|n| n.lower() != "lieu")
    })
}

/// Whether a question asks the end of a span: a word of "until" right before its
/// "when" (`sampai kapan`, `until when`, `jusqu'à quand`).
fn asks_until(asked: &[Word]) -> bool {
    let lower: Vec<String> = asked.iter().map(|w| w.lower().into_owned()).collect();
    let at = |k: usize, class: &dyn Fn(&str) -> bool| lower.get(k).is_some_and(|w| class(w));
    let when = |w: &str| language::any(|p| p.asks_when, w);
    let interrogative = |w: &str| language::any(|p| p.interrogatives, w);
    let date_word = crate::plan::question::is_date_word;
    (0..lower.len()).any(|i| {
        language::any(|p| p.until_words, &lower[i])
            && (at(i + 1, &when)
                // `until what date`, `jusqu'à quelle date`, `hingga tanggal berapa`.
                || at(i + 1, &interrogative) && at(i + 2, &date_word)
                || at(i + 1, &date_word) && at(i + 2, &interrogative))
    })
}

/// Whether a question asks a deadline: a word of one before its question word (`by
/// which day`, `d'ici quelle date`, `paling lambat kapan`) or after it (`kapan paling
/// lambat`), or a deadline's noun anywhere (`quelle est la date limite fixée …`).
fn asks_deadline(asked: &[Word]) -> bool {
    let ws: Vec<&Word> = asked.iter().filter(|w| !w.is_punct()).collect();
    let noun = ws
        .windows(2)
        .any(|pair| DEADLINE_NOUNS.contains(&(pair[0].lower().as_ref(), pair[1].lower().as_ref())))
        || ws
            .iter()
            .any(|w| matches!(w.lower().as_ref(), "deadline" | "tenggat"));
    noun || ws.iter().enumerate().any(|(i, w)| {
        let asking = |k: usize| {
            ws.get(k)
                .is_some_and(|q| language::any(|p| p.interrogatives, &q.lower()))
        };
        language::any(|p| p.deadline_words, &w.lower())
            && (asking(i + 1)
                || asking(i + 2)
                || i.checked_sub(1).is_some_and(asking)
                || i.checked_sub(2).is_some_and(asking))
    })
}

/// Whether the date at `range` of `text` is a deadline: a word of one among the three
/// words before it (`paling lambat Jumat`, `d'ici au vendredi`, `by Friday`).
fn after_deadline(text: &str, range: &Range<usize>) -> bool {
    text.get(..range.start).is_some_and(|before| {
        words(before)
            .iter()
            .rev()
            .take(DEADLINE_WORDS)
            .any(|w| language::any(|p| p.deadline_words, &w.lower()))
    })
}

/// A deadline's noun of two words, lower case.
const DEADLINE_NOUNS: &[(&str, &str)] = &[("date", "limite"), ("batas", "waktu")];

/// Words before a date a word of a deadline is looked for in.
const DEADLINE_WORDS: usize = 3;

/// Whether the date at `range` of `text` ends a span: a word of "until" right before
/// it (`hingga 9 Desember`, `until March 3`, `jusqu'au 12 mai`).
/// The end of a period may stand between (`hingga akhir Juli 2026`, `until the end
/// of March`, `jusqu'à la fin juillet`).
fn after_until(text: &str, range: &Range<usize>) -> bool {
    if text.get(..range.start).is_none() {
        return false;
    }
    let (_, ws) = words_before(text, range.start);
    let lower: Vec<String> = ws
        .iter()
        .rev()
        .take(4)
        .map(|w| w.lower().into_owned())
        .collect();
    let period_end = |w: &str| {
        matches!(
            w,
            "akhir" | "end" | "fin" | "of" | "the" | "de" | "la" | "pertengahan" | "mid"
        )
    };
    // `du 2 novembre 2026 au 28 février 2027`, `from March 3 to May 5`: the end of a
    // range opened a few words back.
    let range_end = matches!(lower.first().map(String::as_str), Some("au" | "to"))
        && ws
            .iter()
            .rev()
            .skip(1)
            .take(RANGE_WORDS)
            .any(|w| matches!(w.lower().as_ref(), "du" | "from"));
    range_end
        || lower
            .iter()
            .find(|w| !period_end(w))
            .is_some_and(|w| language::any(|p| p.until_words, w))
}

/// Whether the date at `range` opens a range of dates (`du 2 novembre 2026 au 28
/// février 2027`, `from March 3 to May 5`): the range's start.
fn opens_a_range(text: &str, range: &Range<usize>) -> bool {
    let from = words_before(text, range.start)
        .1
        .last()
        .is_some_and(|w| matches!(w.lower().as_ref(), "du" | "from"));
    from && first_words(&text[range.end..])
        .first()
        .is_some_and(|w| matches!(w.lower().as_ref(), "au" | "to"))
}

/// Words back from a range's "to" its "from" may stand (`du 2 novembre 2026 au`).
const RANGE_WORDS: usize = 6;

/// Words of a question asking when something ends or how long it lasts, which a date
/// ending a span answers (`sampai kapan` is read by `asks_until`).
const END_WORDS: &[&str] = &[
    "end",
    "ends",
    "ended",
    "last",
    "lasts",
    "finish",
    "finished",
    "selesai",
    "berakhir",
    "berlangsung",
    "fin",
    "finir",
    "finira",
    "terminer",
    "terminé",
    "terminée",
    "terminera",
    "durer",
    "durera",
    "achevé",
    "achevée",
];

/// What a date ending a span keeps when the question asks neither that end nor a
/// deadline (`hingga akhir Juli 2026` for "on what date did the engines break down").
const UNTIL_NOT_ASKED: f32 = 0.6;

/// Whether the date at `range` of `text` starts a state still going on: a word of
/// "since" before it, maybe with an article between (`depuis le 3 mars`, `sejak
/// Senin`, `since March`).
fn after_since(text: &str, range: &Range<usize>) -> bool {
    let Some(before) = text.get(..range.start) else {
        return false;
    };
    let ws = words(before);
    let is_since = |w: &Word| language::any(|p| p.since_words, &w.lower());
    let since = match ws.len().checked_sub(1).map(|k| (k, &ws[k])) {
        Some((k, w)) if is_since(w) => k,
        Some((k, article))
            if k > 0 && language::any(|p| p.articles, &article.lower()) && is_since(&ws[k - 1]) =>
        {
            k - 1
        }
        _ => return false,
    };
    // `l'église n'accueillait plus de messe depuis le 15 août 2021`: a state denied
    // since the date; the date is when it last held, no start.
    let negated = ws[..since]
        .iter()
        .rev()
        .take(NEGATION_WORDS)
        .take_while(|w| !is_sentence_break(w.text) && w.text != ",")
        .any(|w| language::any(|p| p.negations, &w.lower()));
    !negated
}

/// Words before "since" a negation of its clause is looked for in.
const NEGATION_WORDS: usize = 6;

/// What a date fits a question when one of it and the question is about a state's
/// start and the other is not.
const SINCE_NOT_ASKED: f32 = 0.5;
/// What a day after "since" keeps when the question asks since when.
const SINCE_SAID: f32 = 1.5;

/// What a day no word of "from" leads keeps when the question asks from when
/// something holds: as one no "until" leads does when it asks until when.
const FROM_NOT_SAID: f32 = UNTIL_NOT_SAID;

/// Words before a day that say something holds from it (`à partir du`, `from`,
/// `mulai`, `dès`), lower case.
const FROM_WORDS: &[&str] = &["from", "starting", "effective", "partir", "dès", "mulai"];

/// Whether a question asks from when something holds: "from what date", "à partir de
/// quand", "mulai kapan", "dès quel jour".
fn asks_from(asked: &[Word]) -> bool {
    let ws: Vec<String> = asked
        .iter()
        .filter(|w| !w.is_punct())
        .map(|w| w.lower().into_owned())
        .collect();
    ws.windows(3).any(|w| {
        let asking = |x: &str| language::any(|p| p.interrogatives, x) || x == "kapan";
        (FROM_WORDS.contains(&w[0].as_str()) && asking(&w[1]))
            || (w[0] == "partir" && w[1] == "de" && asking(&w[2]))
    }) || ws.windows(2).any(|w| {
        (w[0] == "mulai" && matches!(w[1].as_str(), "kapan" | "tanggal" | "berlaku"))
            // "when does the new tariff take effect", "quand entre-t-il en vigueur",
            // "kapan … mulai berlaku": when a rule comes into force.
            || (matches!(w[0].as_str(), "take" | "takes" | "took") && w[1] == "effect")
            || (w[0] == "into" && w[1] == "force")
            || (w[0] == "en" && w[1] == "vigueur")
    })
}

/// Whether the day at `range` of `text` follows a word saying something holds from it,
/// a few words back (`à partir du samedi 14 février`, `mulai Kamis (19/3/2026)`).
fn after_from(text: &str, range: &Range<usize>) -> bool {
    let (_, before) = words_before(text, range.start);
    before.iter().rev().take(3).any(|w| {
        let lower = w.lower();
        FROM_WORDS.contains(&lower.as_ref()) || IN_FORCE_WORDS.contains(&lower.as_ref())
    })
}

/// Words before a day saying a rule holds from it (`come into force on December 18`,
/// `takes effect on`, `entre en vigueur le`, `berlaku pada`), lower case.
const IN_FORCE_WORDS: &[&str] = &["force", "effect", "vigueur", "berlaku"];

/// What a date ending a span fits a question asking that end (`sampai kapan`).
const UNTIL_SAID: f32 = 1.5;
/// What any other date fits it.
const UNTIL_NOT_SAID: f32 = 0.6;

/// Whether a candidate date falls after its article's day, compared at the date's own
/// precision (`2027-01` against `2026-12`); `None` when it can't be placed: no value,
/// no article date, or a day without its year (`--02-05`).
fn after_article(c: &Candidate, article: Option<&str>) -> Option<bool> {
    let (value, article) = (c.value.as_deref()?, article?);
    if value.starts_with('-') {
        return None;
    }
    let same_precision = article.get(..value.len().min(10))?;
    let value = value.get(..value.len().min(10)).unwrap_or(value);
    Some(value > same_precision)
}

/// The days between two ISO days (`2026-05-31`, `2026-06-11`), either first; a month
/// without its day (`2027-03`) counts from its middle.
fn days_apart(a: &str, b: &str) -> Option<i64> {
    let day = |iso: &str| {
        let mut parts = iso.get(..iso.len().min(10))?.split('-');
        let y = parts.next()?.parse::<i64>().ok()?;
        let m = parts.next()?.parse::<i64>().ok()?;
        let d = parts.next().map_or(Some(15), |d| d.parse::<i64>().ok())?;
        Some(crate::index::days_from_civil(y, m, d))
    };
    Some((day(a)? - day(b)?).abs())
}

/// Days from the article's within which a beginning is the news, told by its day.
const RECENT_DAYS: i64 = 92;

/// How a date fits a question put in the future, given the article's date: one before
/// the article's day (or on it) tells what happened, not what will (`jeudi 5 février`
/// in an article of the 6th for "when will work begin"); a year or a month to come
/// answers it as well as a day (`en janvier 2027`, `à partir de 2028`).
fn future_fit(c: &Candidate, text: &str, article: Option<&str>) -> f32 {
    // The article's own day, written with its number outside the dateline, is still to
    // come in its news (`Les premiers camions devaient quitter Founougo dès le mardi 24
    // novembre`, written that morning).
    let same_day = c
        .value
        .as_deref()
        .zip(article)
        .is_some_and(|(v, a)| v.len() >= 10 && a.len() >= 10 && v.get(..10) == a.get(..10))
        && c.text.chars().any(|ch| ch.is_ascii_digit())
        && !in_dateline(text, &c.range);
    match after_article(c, article) {
        Some(false) if !same_day => PAST_FOR_FUTURE,
        _ => 1.0,
    }
}

/// What a date after the article's keeps when the question asks what happened (`Senin,
/// 21 Desember 2026`, the day of an installation to come, for "when was the objection
/// filed").
const FUTURE_FOR_PAST: f32 = 0.3;

/// What a date after the article's fits a question put in the past.
fn past_fit(c: &Candidate, article: Option<&str>) -> f32 {
    match after_article(c, article) {
        Some(true) => FUTURE_FOR_PAST,
        _ => 1.0,
    }
}

/// What a date before the article's keeps when the question asks what will happen.
const PAST_FOR_FUTURE: f32 = 0.15;

/// What a weekday written alone (`mardi`, `on Tuesday`) keeps: the day it means is
/// the article's to say.
const WEEKDAY_ALONE: f32 = 0.6;
/// What a weekday that comes back each week keeps beside `WEEKDAY_ALONE`.
const RECURRING_DAY: f32 = 0.2;
/// Words before a weekday read for a word saying it comes back, at most.
const RECURRING_WORDS: usize = 3;
/// Words saying a weekday comes back each week, or is left out of every day, in the
/// three languages, lower case.
const RECURRING_DAY_WORDS: &[&str] = &[
    "every", "except", "each", "chaque", "sauf", "tous", "setiap", "tiap", "kecuali",
];
/// What a day or a month keeps when the question asks a beginning (`kapan … didirikan`).
const DAY_FOR_FOUNDING: f32 = 0.5;
/// What a year written alone keeps when the question asks no beginning.
const YEAR_ALONE: f32 = 0.3;
/// What a year written alone keeps when the question asks a day (`quel jour`).
const YEAR_FOR_DAY: f32 = 0.05;
/// What a year to come written alone keeps when the question is put in the future.
const YEAR_TO_COME: f32 = 0.5;

/// The superlative of age among `ws[within]`, nearest its end first: whether it says
/// the oldest (`oldest`, `le plus âgé`, `doyenne`, `tertua`) or the youngest
/// (`youngest`, `la plus jeune`, `benjamin`, `paling muda`).
fn superlative_in(ws: &[Word], within: Range<usize>) -> Option<language::Superlative> {
    let start = within.start;
    (start..within.end).rev().find_map(|k| {
        let lower = ws[k].lower();
        let before = k
            .checked_sub(1)
            .filter(|&b| b >= start)
            .map(|b| ws[b].lower().into_owned());
        language::superlative_of(before.as_deref(), &lower)
    })
}

/// What a candidate keeps for the superlative of age asked: the nearest one its
/// sentence writes before it says which of the people or ages it names is asked
/// (`Pasien termuda adalah bayi berusia 8 bulan, sedangkan yang tertua seorang kakek
/// berusia 79 tahun`).
fn superlative_fit(text: &str, range: &Range<usize>, asked: language::Superlative) -> f32 {
    let sentence = sentence_around(text, range);
    let before = words(&text[sentence.start..range.start]);
    let from = before.len().saturating_sub(SUPERLATIVE_WORDS);
    match superlative_in(&before, from..before.len()) {
        Some(said) if said == asked => SUPERLATIVE_SAID,
        Some(_) => SUPERLATIVE_OTHER,
        None => 1.0,
    }
}

/// Whether the sentence of the candidate at `range` tells it winning: a word of
/// winning a few words before or after it (`Mykola Ostrovsky s'est imposé`, `Le
/// premier prix est revenu à Mme Akissi Marguerite Agnimel`, `juara`).
fn told_winning(text: &str, range: &Range<usize>) -> bool {
    let sentence = sentence_around(text, range);
    let near = |ws: Vec<Word>, after: bool| {
        let n = ws.len();
        let kept: Vec<&Word> = if after {
            ws.iter().take(WIN_WORDS_NEAR).collect()
        } else {
            ws[n.saturating_sub(WIN_WORDS_NEAR)..].iter().collect()
        };
        kept.iter().any(|w| {
            let lower = w.lower();
            language::WIN_WORDS.contains(&lower.as_ref())
                || language::WIN_WORDS.contains(&super::quotes::without_elision(&lower))
        })
    };
    near(words(&text[sentence.start..range.start]), false)
        || near(words(&text[range.end..sentence.end]), true)
}

/// Words from a candidate a word of winning may stand.
const WIN_WORDS_NEAR: usize = 6;
/// What a person told winning gains when the question asks the winner.
const WIN_SAID: f32 = 2.0;

/// Words before a candidate its superlative may stand (`dont le plus jeune, Moussa
/// Ouattara, était âgé de 19 ans`).
const SUPERLATIVE_WORDS: usize = 14;
/// What a candidate the passage calls by the superlative asked gains.
const SUPERLATIVE_SAID: f32 = 3.0;
/// What one it calls by the other keeps.
const SUPERLATIVE_OTHER: f32 = 0.3;

/// Whether the sentence of the date at `range` tells a court's ruling (`le tribunal a
/// rendu son jugement ce mercredi 9 décembre`).
fn in_ruling(text: &str, range: &Range<usize>) -> bool {
    let sentence = sentence_around(text, range);
    words(&text[sentence])
        .iter()
        .any(|w| language::any(|p| p.verdict_words, &w.lower()))
}

/// Whether the date at `range` is told as the day of the events, a noun of events a
/// few words before it in its sentence (`Les faits remontent au mardi 17 mars`, not
/// `le résumé des faits lu à l'audience, des agents … les 14 et 15 juillet`).
fn tells_events(text: &str, range: &Range<usize>) -> bool {
    noun_shortly_before(text, range, |w| language::any(|p| p.event_nouns, w))
}

/// Whether a word `is_noun` holds (lower case) stands a few words before `range` in
/// its sentence.
fn noun_shortly_before(text: &str, range: &Range<usize>, is_noun: impl Fn(&str) -> bool) -> bool {
    let sentence = sentence_around(text, range);
    let before = words(&text[sentence.start..range.start]);
    before
        .iter()
        .rev()
        .filter(|w| !w.is_punct())
        .take(EVENTS_WORDS)
        .any(|w| is_noun(&w.lower()))
}

/// Words before a date or a sum a noun telling it may stand (`Les faits remontent
/// au`, `a price tag of`).
const EVENTS_WORDS: usize = 4;

/// Whether the sum at `range` is told as a whole cost, a noun of one a few words before
/// it in its sentence (`a price tag of $26.4 million`, `un coût de 1,2 million`,
/// `dengan anggaran Rp 4,7 miliar`).
fn told_as_cost(text: &str, range: &Range<usize>) -> bool {
    noun_shortly_before(text, range, |w| language::COST_NOUNS.contains(&w))
}

/// How close the best article's sum told as a whole cost stands to a question asking
/// one, at least.
const TOLD_AS_COST: f32 = 0.2;
/// What the day of a court's ruling keeps when the question asks of no ruling.
const DAY_OF_RULING: f32 = 0.3;
/// How close the best article's day of the events stands to the question, at least.
const DAY_OF_EVENTS: f32 = 0.3;
/// How close a day to come in the best article stands to a question asking when
/// something will be, at least.
const DAY_TO_COME: f32 = 0.2;
/// How close the best article's deadline stands to a question asking one, at least.
const DEADLINE_TOLD: f32 = 0.2;

/// The month and day of a date's value (`2026-11-19`, `--11-19` → `11-19`); none for a
/// month alone or a weekday.
fn month_day(value: &str) -> Option<&str> {
    let at = value.len().checked_sub(5)?;
    let key = value.get(at..)?;
    let digits = key.bytes().filter(u8::is_ascii_digit).count() == 4;
    let has_day = value.starts_with("--") || value.len() == 10;
    (digits && key.as_bytes()[2] == b'-' && has_day).then_some(key)
}

/// Every day `text` writes, in whatever form (`19 novembre`, `Kamis (19/11/2026)`),
/// with its month and day (see [`month_day`]).
fn month_days(text: &str, article: Option<&str>) -> Vec<(Range<usize>, String)> {
    let whole = crate::corpus::date::find_dates(text);
    let partial = partial_dates(text, article)
        .into_iter()
        .filter_map(|(range, value, _)| Some((range, value?)));
    whole
        .into_iter()
        .chain(partial)
        .filter_map(|(range, value)| Some((range, month_day(&value)?.to_string())))
        .collect()
}

/// The days `text` names, as month and day (`la réunion du 19 novembre` → `11-19`).
fn days_named(text: &str) -> Vec<String> {
    let mut days: Vec<String> = month_days(text, None).into_iter().map(|(_, d)| d).collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// Where `text` writes one of `days` (as [`days_named`] gives them), in whatever form.
fn days_named_in(text: &str, article: Option<&str>, days: &[String]) -> Vec<[usize; 2]> {
    if days.is_empty() {
        return Vec::new();
    }
    month_days(text, article)
        .into_iter()
        .filter(|(_, d)| days.contains(d))
        .map(|(r, _)| [r.start, r.end])
        .collect()
}

/// Dates without a year (`Kamis 29 Februari`, `Tuesday, March 4` → `--02-29`, or the
/// day itself in the article's year), a month and year (`novembre 2022` → `2022-11`),
/// and a weekday alone (`mardi`: the last such day up to the article's date, or no
/// value when the article has no day), with how well each fits a "when".
fn partial_dates(text: &str, article: Option<&str>) -> Vec<(Range<usize>, Option<String>, f32)> {
    let ws = words(text);
    let number = |i: usize| -> Option<u32> {
        ws.get(i)
            .filter(|w| w.text.chars().all(|c| c.is_ascii_digit()))
            .and_then(|w| w.text.parse().ok())
    };
    // A day may be written as an ordinal (`March 14th`, `1er décembre`).
    let ordinal = |i: usize| -> Option<u32> {
        let w = ws.get(i)?;
        let digits = w.text.trim_end_matches(char::is_alphabetic);
        let ending = &w.text[digits.len()..];
        (!digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && crate::corpus::date::ORDINAL_ENDINGS.contains(&ending))
        .then(|| digits.parse().ok())
        .flatten()
    };
    let day_number = |i: usize| {
        number(i)
            .or_else(|| ordinal(i))
            .filter(|d| (1..=31).contains(d))
    };
    let is_day = |i: usize| {
        ws.get(i)
            .is_some_and(|w| language::weekday_of(w.text).is_some())
    };
    let end_of = |i: usize| ws[i].start + ws[i].text.len();
    // The weekday before `start`, with or without a comma (`Rabu, 28 Februari`).
    let weekday_before = |start: usize| {
        if start >= 1 && is_day(start - 1) {
            start - 1
        } else if start >= 2 && ws[start - 1].text == "," && is_day(start - 2) {
            start - 2
        } else {
            start
        }
    };
    // The weekday written with a day (`mardi 17 mars`) says its year.
    let day_value = |month: u32, day: u32, weekday: Option<u32>| {
        article
            .and_then(|a| match weekday {
                Some(w) => crate::corpus::date::resolve_day_month_on(a, month, day, w),
                None => crate::corpus::date::resolve_day_month(a, month, day),
            })
            .unwrap_or_else(|| format!("--{month:02}-{day:02}"))
    };
    let weekday_at = |start: usize, day: usize| {
        (start < day)
            .then(|| language::weekday_of(ws[start].text))
            .flatten()
    };
    let mut out = Vec::new();
    let mut used = vec![false; ws.len()];
    for i in 0..ws.len() {
        // The month, and the index of its last word: its full name, or an abbreviation
        // with its period as papers' house styles write them (`Oct. 29`, `Sept. 3`,
        // `le 4 déc.`).
        let Some((month, m)) = language::month_of(ws[i].text)
            .map(|m| (m, i))
            .or_else(|| abbreviated_month(&ws, i))
        else {
            continue;
        };
        if let Some(day) = i.checked_sub(1).and_then(day_number) {
            // `29 Februari`, `mardi 20 février`
            let start = weekday_before(i - 1);
            used[start..=m].iter_mut().for_each(|u| *u = true);
            let value = day_value(month, day, weekday_at(start, i - 1));
            out.push((ws[start].start..end_of(m), Some(value), 0.9));
        } else if let Some(year) = number(m + 1).filter(|y| (1900..=2100).contains(y)) {
            used[i..=m + 1].iter_mut().for_each(|u| *u = true);
            out.push((
                ws[i].start..end_of(m + 1),
                Some(format!("{year}-{month:02}")),
                0.9,
            ));
        } else if let Some(day) = day_number(m + 1) {
            // `March 4`, `Tuesday, March 4`, `Oct. 29`
            let start = weekday_before(i);
            used[start..=m + 1].iter_mut().for_each(|u| *u = true);
            out.push((
                ws[start].start..end_of(m + 1),
                Some(day_value(month, day, weekday_at(start, i))),
                0.9,
            ));
        }
    }
    for i in 0..ws.len() {
        if used[i] {
            continue;
        }
        // `minggu` in lower case is Indonesian's week (`dua minggu`); Sunday is
        // written `Minggu`.
        if ws[i].text == "minggu" {
            continue;
        }
        if let Some(weekday) = language::weekday_of(ws[i].text) {
            // `Sabtu (5/12)`: Indonesian papers write the day and month in brackets
            // after the weekday, the year left to the article's.
            if let Some((len, day, month)) = bracketed_day_month(&text[end_of(i)..]) {
                out.push((
                    ws[i].start..end_of(i) + len,
                    Some(day_value(month, day, Some(weekday))),
                    0.9,
                ));
                continue;
            }
            let value = article.and_then(|a| crate::corpus::date::resolve_weekday(a, weekday));
            // `setiap hari kecuali hari Minggu`, `every Sunday`, `sauf le dimanche`: a
            // day that comes back each week, no day something happened.
            let recurring = ws[i.saturating_sub(RECURRING_WORDS)..i]
                .iter()
                .any(|w| RECURRING_DAY_WORDS.contains(&w.lower().as_ref()));
            let fit = if recurring {
                WEEKDAY_ALONE * RECURRING_DAY
            } else {
                WEEKDAY_ALONE
            };
            out.push((ws[i].start..end_of(i), value, fit));
        }
    }
    out
}

/// A day and month in brackets opening `after` (` (5/12)`): the bytes up to the closing
/// bracket, the day and the month.
fn bracketed_day_month(after: &str) -> Option<(usize, u32, u32)> {
    let inner_start = after.len() - after.trim_start().len() + 1;
    let rest = after.trim_start().strip_prefix('(')?;
    let close = rest.find(')')?;
    let (day, month) = rest[..close].split_once('/')?;
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (day, month) = (number(day)?, number(month)?);
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some((
        inner_start + close + 1,
        day,
        month,
    ))
}

/// The month `ws[i]` abbreviates and the index of its last word: with a period after
/// it (`Oct.`, `Sept.`, `déc.`), or without one right after its day (`29 Oct 2025`,
/// `4 Sept`). A word of three or four letters (`Des.` but not `des`, an article,
/// without its period), capitalised unless its day stands before it (`le 4 déc.`).
fn abbreviated_month(ws: &[Word], i: usize) -> Option<(u32, usize)> {
    let w = ws.get(i)?;
    let day_before = i
        .checked_sub(1)
        .is_some_and(|d| ws[d].text.len() <= 2 && ws[d].text.chars().all(|c| c.is_ascii_digit()));
    let period = ws.get(i + 1).is_some_and(|p| p.text == ".");
    // `a hearing date of Sept 15`: capitalised, the day right after it.
    let day_after = ws
        .get(i + 1)
        .is_some_and(|d| d.text.len() <= 2 && d.text.chars().all(|c| c.is_ascii_digit()));
    let last = if period {
        i + 1
    } else if (day_before || day_after) && w.is_capitalized() {
        i
    } else {
        return None;
    };
    if !(3..=4).contains(&w.text.chars().count())
        || language::month_of(w.text).is_some()
        || !(w.is_capitalized() || day_before)
    {
        return None;
    }
    crate::corpus::date::month(&w.lower()).map(|m| (m, last))
}

/// What a place introduced by its kind in lower case, without a preposition before
/// it, keeps (`du quartier Thurot`).
const PLACE_BY_ITS_KIND: f32 = 0.9;
/// What a venue named without a preposition of place before it keeps.
const VENUE: f32 = 0.9;
/// What a place written after a word of origin (`dari`, `from`) keeps when the
/// question doesn't ask where from.
const ORIGIN_NOT_ASKED: f32 = 0.5;
/// What a place someone lives in keeps (`warga Desa Sarangan`): where a person is from
/// answers "where" less often than where something happened.
const RESIDENCE: f32 = 0.8;
/// Capitalised words a place after a preposition holds at most (`RSUD Asy-Syifa
/// Sumbawa Barat`, a hospital and its region; `Aula Kantor Camat Pamona Puselemba`, a
/// hall of a district office).
const PLACE_WORDS: usize = 6;

/// Whether a word is a currency's mark glued to the sum's first digits (`at Sh3,200
/// per bag`, `K3.1 million`).
fn glued_to_a_sum(word: &str) -> bool {
    word.find(|c: char| c.is_ascii_digit())
        .is_some_and(|k| k > 0 && language::any(|p| p.currencies, &word[..k].to_lowercase()))
}

/// Where the French words in lower case completing a place's kind end, from `ws[at]`:
/// an adjective (`zone artisanale`, `zone industrielle`), a noun after an elided "of"
/// (`zone d'activités`) or after "des" (`salle des fêtes`); `None` when none does.
fn kind_complement_end(ws: &[Word], at: usize) -> Option<usize> {
    let plain = |w: &Word| {
        !w.is_capitalized()
            && !w.is_punct()
            && w.text.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let w = ws.get(at)?;
    let lower = w.lower();
    let bare = super::quotes::without_elision(&lower);
    if lower == "des" {
        return ws.get(at + 1).filter(|n| plain(n)).map(|_| at + 2);
    }
    let elided_of = !w.is_capitalized()
        && (lower.starts_with("d'") || lower.starts_with("d\u{2019}"))
        && bare.len() < lower.len()
        && bare.chars().all(char::is_alphabetic);
    // `industrielle`: an ending the shared list leaves out, verbs ending so (`appelle`).
    let adjective = organisations::french_adjective(w) || lower.ends_with("ielle");
    (elided_of || adjective).then_some(at + 1)
}

/// The byte range of the capitalised name of up to `PLACE_WORDS` words starting at word
/// `from`, unless there is none or it opens with a month or a weekday (a date, not a place),
/// with what it is of (see below); and where its capitalised words end.
fn place_name_at(ws: &[Word], from: usize) -> Option<(Range<usize>, usize)> {
    let mut run: Vec<&Word> = ws[from.min(ws.len())..]
        .iter()
        // `a Townsville-based company`: a firm's seat, no place it names.
        .take_while(|w| w.is_capitalized() && !w.is_punct() && !w.lower().ends_with("-based"))
        .take(PLACE_WORDS)
        .collect();
    // `Kelurahan 7 Ulu`, `SD Negeri 1 Cipangramatan`: a place's kind (or a state
    // school's, with the word saying it is the state's), a number, and the rest of its
    // name.
    let numbered_kind = match run.as_slice() {
        [kind] => language::any(|p| p.place_nouns, &kind.lower()),
        [kind, state] => {
            state.lower() == "negeri"
                && language::id::BODY_ABBREVIATIONS
                    .iter()
                    .any(|(short, noun)| *noun == "sekolah" && *short == kind.lower())
        }
        _ => false,
    };
    let after_kind = from + run.len();
    if numbered_kind
        && let Some(number) = ws
            .get(after_kind)
            .filter(|n| n.text.len() <= 2 && n.text.bytes().all(|b| b.is_ascii_digit()))
        && ws.get(after_kind + 1).is_some_and(|n| {
            n.is_capitalized() && !n.is_punct() && language::month_of(n.text).is_none()
        })
    {
        run.push(number);
        let room = PLACE_WORDS.saturating_sub(run.len()).max(1);
        run.extend(
            ws[after_kind + 1..]
                .iter()
                .take_while(|w| w.is_capitalized() && !w.is_punct())
                .take(room),
        );
    }
    // `Jalan Ir. Soekarno`: a street named after someone, past the point of the
    // person's title.
    while run.len() < PLACE_WORDS
        && let Some(last) = run.last().copied()
        && let [point, next, ..] = &ws[(from + run.len()).min(ws.len())..]
        && point.text == "."
        && point.start == last.start + last.text.len()
        && (language::any(|p| p.person_titles, &last.lower())
            || language::any(|p| p.person_titles, &format!("{}.", last.lower())))
        && next.is_capitalized()
        && !next.is_punct()
    {
        let at = from + run.len() + 1;
        run.push(point);
        // The point is no word of the name (`RSUD Dr. Abdul Rivai`).
        run.extend(
            ws[at..]
                .iter()
                .take_while(|w| w.is_capitalized() && !w.is_punct())
                .take(PLACE_WORDS + 1 - run.len()),
        );
    }
    let (first, mut last) = (*run.first()?, *run.last()?);
    let head_end = last.start + last.text.len();
    // `at Tk 180 per maund`, `at KSh 20 per jerrican`: a currency's mark is no place.
    let before_a_number = ws
        .get(from + run.len())
        .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()));
    if language::month_of(first.text).is_some()
        || language::weekday_of(first.text).is_some()
        || language::is_currency_code(first.text)
        || (run.len() == 1 && before_a_number && language::any(|p| p.currencies, &first.lower()))
        || glued_to_a_sum(first.text)
    {
        return None;
    }
    // `à Transport Pelletier inc.`: a company's legal form ending the name makes it a
    // company's, not a place's.
    // Inside the run or right after it (`Blue Reef Marine Services Ltd`).
    let after = from.min(ws.len()) + run.len();
    let legal_form = |w: &Word| {
        let lower = w.lower();
        lower.chars().count() <= 4 && language::any(|p| p.company_words, &lower)
    };
    if ws.get(after).is_some_and(legal_form) || (run.len() > 1 && legal_form(last)) {
        return None;
    }
    // `the Willowburn Sports and Leisure Centre`: a conjunction inside a venue's name,
    // whose last word says it is one.
    if ws
        .get(after)
        .is_some_and(|c| c.text == "&" || language::any(|p| p.conjunctions, &c.lower()))
    {
        let rest: Vec<&Word> = ws[after + 1..]
            .iter()
            .take_while(|w| w.is_capitalized() && !w.is_punct())
            .take(PLACE_WORDS)
            .collect();
        if let Some(end) = rest
            .last()
            .filter(|w| language::any(|p| p.venue_words, &w.lower()))
        {
            return Some((first.start..end.start + end.text.len(), head_end));
        }
    }
    // `au CHU de Treichville`, `the University of Otago`, `devant le Palais des Sports`:
    // what the place is of, capitalised after "de" or "of", is its name's (not "dari",
    // Indonesian's "from").
    if run.len() < PLACE_WORDS
        && ws
            .get(after)
            .is_some_and(|o| matches!(o.lower().as_ref(), "de" | "du" | "des" | "d'" | "of"))
        && let Some(of) = ws
            .get(after + 1)
            .filter(|w| w.is_capitalized() && !w.is_punct())
        && language::month_of(of.text).is_none()
    {
        last = of;
    } else if run.len() < PLACE_WORDS
        && let Some(of) = ws.get(after).filter(|w| {
            ["d'", "d’"].iter().any(|e| {
                w.text
                    .strip_prefix(e)
                    .is_some_and(|rest| rest.starts_with(char::is_uppercase))
            })
        })
    {
        // `le Jardin d'Allard`: "of" elided before the name it is of.
        last = of;
    } else if ws
        .get(after)
        .is_some_and(|o| matches!(o.lower().as_ref(), "de" | "du" | "des"))
    {
        // `à la Maison de l'emploi de Lannion`, `Chambre de commerce de Lyon`: French
        // writes a body's noun in lower case, between its head and the place it serves.
        let of_at = (after + 2..=after + 3).find(|&k| {
            ws.get(k)
                .is_some_and(|o| matches!(o.lower().as_ref(), "de" | "du" | "d'"))
                && ws[after + 1..k]
                    .iter()
                    .all(|w| !w.is_punct() && !w.is_capitalized())
        });
        if let Some(place) = of_at
            .and_then(|k| ws.get(k + 1))
            .filter(|w| w.is_capitalized() && !w.is_punct())
            .filter(|w| language::month_of(w.text).is_none())
        {
            last = place;
        }
    }
    Some((first.start..last.start + last.text.len(), head_end))
}

/// Lower-case words of a noun of place between a preposition and what it is of
/// (`dans un chemin de Lucé`).
const PLACE_NOUN_WORDS: usize = 2;
/// How close a place of the kind asked stands to the question, at least (see
/// `find_reading`).
const KIND_ALONE: f32 = 0.3;
/// What the body of a role held by the person the question names gains.
const BODY_OF_NAMED: f32 = 2.0;

/// Whether the organisation at `range` is the body of a role the person named
/// `named` holds in the paragraph: written right before the name, set off by a comma
/// and the person's titles (`Kepala Dinas … Provinsi Gorontalo, Dra. Hj. Sri Wahyuni
/// Lamato`), or right after it and a comma, past the role's words in lower case
/// (`Hendrikus Lie, ketua Apkaltara`, `Marie Dubois, présidente de l'association`).
fn body_of_named(
    text: &str,
    range: &Range<usize>,
    people: &People,
    paragraph: usize,
    named: &str,
) -> bool {
    /// Bytes between a body's name and the comma-set name after it, at most: the
    /// acronym's place aside, a few titles.
    const TITLES_BYTES: usize = 24;
    /// Words of a role between a name's comma and its body, at most.
    const ROLE_WORDS: usize = 5;
    /// Words (brackets too) of an acronym and a place after a body's name, at most.
    const REST_OF_NAME: usize = 8;
    people
        .mentions
        .iter()
        .filter(|m| m.paragraph == paragraph && same_speaker(named, &m.name))
        .any(|m| {
            if m.range.start >= range.end {
                // Past the body's acronym and its office's place, which its name may
                // leave out (`Dinas Perhubungan (Dishub) Provinsi Kepulauan Riau, Ir.
                // Junaidi Harahap`).
                text.get(range.end..m.range.start).is_some_and(|gap| {
                    gap.split_once(',').is_some_and(|(rest, titles)| {
                        let rest = words(rest);
                        rest.len() <= REST_OF_NAME
                            && rest
                                .iter()
                                .all(|w| w.is_capitalized() || matches!(w.text, "(" | ")"))
                            && titles.len() <= TITLES_BYTES
                    })
                })
            } else if m.range.end <= range.start {
                text.get(m.range.end..range.start).is_some_and(|gap| {
                    let ws = words(gap);
                    let role: Vec<&Word> = ws.iter().filter(|w| !w.is_punct()).collect();
                    ws.first().is_some_and(|w| w.text == ",")
                        && role.len() <= ROLE_WORDS
                        && role.iter().any(|w| role_class(w.text).is_some())
                        && !ws.iter().skip(1).any(|w| w.is_punct() && w.text != "'")
                })
            } else {
                false
            }
        })
}

/// How close an organisation the article introduces by the kind asked (`l'entreprise
/// SOGEBAT Faso` for "which company") stands to the question, at least.
const KIND_NAMED_ALONE: f32 = 0.2;
/// What a place named as what a noun of place is of keeps (`de Lucé` may also be
/// what a road leads to).
const PLACE_OF: f32 = 0.9;

/// Nouns of streets written in lower case before their name and part of it (`la rue de
/// Behogne`, `l'avenue du Général-de-Gaulle`).
const STREET_NOUNS: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "chemin",
    "route",
    "allée",
    "impasse",
    "quai",
    "ruelle",
    "esplanade",
    "promenade",
];

/// The places of a passage: a capitalised name after a preposition of place (`di
/// Tokyo`, `à Paris`, `in Seoul`, `at the Prospera Place arena`), a venue named
/// anywhere (`Prospera Place`), or the dateline (`PARIS –`).
fn places(hit: &Hit, asks_origin: bool, kinds: &HashSet<String>) -> Vec<Candidate> {
    let text = &hit.text;
    // "dans quelle ville": a town, not a building in it (`lycée professionnel de
    // Korhogo`).
    // Not when a building's kind is among the kinds asked: "di rumah sakit mana" asks
    // `hôpital` and `hospital` too.
    let is_site = |k: &String| k.split(' ').any(|w| language::SITE_NOUNS.contains(&w));
    let settlement_asked =
        !kinds.iter().any(is_site) && kinds.iter().any(|k| language::any(|p| p.place_nouns, k));
    let ws = words(text);
    let mut out = Vec::new();
    let mut taken: Vec<Range<usize>> = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let lower = w.lower();
        // `habitante de Chaudes-Aigues`: where someone lives, read as after "in"; so is
        // the town after a person's age in English papers (`Liam Trevaskis, 31, of
        // Camborne`).
        let after_age = || {
            lower == "of"
                && i >= 3
                && ws[i - 1].text == ","
                && ws[i - 3].text == ","
                && ws[i - 2].text.len() <= 3
                && ws[i - 2].text.bytes().all(|b| b.is_ascii_digit())
        };
        // `Gérard Chabrand, 71 ans, retraité de L'Argentière-la-Bessée`: French writes
        // where someone is from after their age and what they do.
        let after_french_age = || {
            lower == "de"
                && i >= 5
                && ws[i - 2].text == ","
                && ws[i - 3].lower() == "ans"
                && ws[i - 4].text.len() <= 3
                && ws[i - 4].text.bytes().all(|b| b.is_ascii_digit())
                && ws[i - 5].text == ","
                && !ws[i - 1].is_punct()
                && !ws[i - 1].is_capitalized()
        };
        // `Kirwan resident Noeline Tapsell`: English writes where someone lives before
        // its word of residence, and after it only with "of" (`a resident of Kirwan`).
        let english_resident = language::en::PROFILE
            .residence_words
            .contains(&lower.as_ref())
            && ws.get(i + 1).is_none_or(|o| o.lower() != "of");
        let residence = (language::any(|p| p.residence_words, &lower) && !english_resident)
            || after_age()
            || after_french_age();
        // "which village is he from": `a retired fisherman from Pierowall`, where
        // "from" is no preposition of place otherwise (`a statement from Acme`).
        let origin = asks_origin && language::any(|p| p.origin_words, &lower);
        // `qui enjambe l'Arget`: the river after its elided article.
        if SPANNING_VERBS.contains(&lower.as_ref())
            && let Some(next) = ws.get(i + 1)
            && let Some(rest) = next
                .text
                .strip_prefix("l'")
                .or_else(|| next.text.strip_prefix("l’"))
            && rest.chars().next().is_some_and(char::is_uppercase)
        {
            let range = next.start + next.text.len() - rest.len()..next.start + next.text.len();
            out.push(Candidate {
                text: rest.to_string(),
                value: None,
                core: range.clone(),
                range,
                fit: 1.0,
                kind: None,
            });
            continue;
        }
        if !residence
            && !origin
            && !SPANNING_VERBS.contains(&lower.as_ref())
            && !language::any(|p| p.place_prepositions, &lower)
        {
            continue;
        }
        // `berlayar dari Pelabuhan Kayangan`: where from, a poor answer to where
        // something went or was taken.
        let fit = if !asks_origin && language::any(|p| p.origin_words, &lower) {
            ORIGIN_NOT_ASKED
        } else if residence {
            RESIDENCE
        } else {
            1.0
        };
        // `at the Prospera Place arena`, `à la Halle Tony Garnier`: past the article;
        // `près de Lille`, `outside of Austin`: past what links the preposition.
        let mut from = i + 1;
        if ws
            .get(from)
            .is_some_and(|o| language::any(|p| p.of_words, &o.lower()))
            && !language::any(|p| p.of_words, &lower)
        {
            from += 1;
        }
        // `un entrepôt de Saint-Denis-de-Pile`: a building no one names, where the
        // place is the answer.
        let indefinite = ws
            .get(from)
            .is_some_and(|a| matches!(a.lower().as_ref(), "un" | "une" | "a" | "an" | "sebuah"));
        // Capitalised after a preposition, the article opens the name (`à La
        // Saline-les-Bains`, `au port de La Rochelle`).
        if ws.get(from).is_some_and(|a| {
            language::any(|p| p.articles, &a.lower())
                && !(a.is_capitalized() && ws.get(from + 1).is_some_and(|n| n.is_capitalized()))
        }) {
            from += 1;
        }
        // `dans un chemin de Lucé`, `in the town of Ferndale`: a lower-case noun of
        // place and what it is of; the noun may be a compound (`au palais de justice
        // de Percé`).
        let mut fit = fit;
        let mut building = None;
        let is_of = |o: &Word| language::any(|p| p.of_words, &o.lower());
        // `à l'Hôpital général de Hawkesbury`: the building's noun after an elided
        // article, capitalised as a name's first word; where the noun starts.
        let elided_site = ws.get(from).and_then(|w| {
            let cut = w.text.find(['\'', '’'])?;
            let noun = &w.text[cut..];
            let noun = &noun[noun.chars().next()?.len_utf8()..];
            let lower = noun.to_lowercase();
            (cut <= 2 && language::SITE_NOUNS.contains(&lower.as_str()))
                .then(|| w.start + w.text.len() - noun.len())
        });
        // `in front of the Cox's Bazar Press Club`: what it is of may take its article.
        let article_after = |k: usize| {
            usize::from(
                ws.get(k + 1)
                    .is_some_and(|a| language::any(|p| p.articles, &a.lower())),
            )
        };
        if let Some(of) = (from + 1..=from + 2 * PLACE_NOUN_WORDS).find(|&k| {
            ws.get(k).is_some_and(is_of)
                && ws
                    .get(k + 1 + article_after(k))
                    .is_some_and(Word::is_capitalized)
        }) && ws[from..of].iter().enumerate().all(|(k, n)| {
            !n.is_punct() && (!n.is_capitalized() || (k == 0 && elided_site.is_some()))
        }) && ws[from..of]
            .iter()
            .filter(|n| !is_common_word(n.text))
            .count()
            <= PLACE_NOUN_WORDS
            && ws[from..of]
                .iter()
                .all(|n| !is_common_word(n.text) || is_of(n))
            && !is_of(&ws[from])
        {
            // `vers le centre hospitalier de Rodez`: a building is named by its noun
            // and where it stands, the answer to where someone was taken.
            if let Some(start) = elided_site.or_else(|| {
                language::SITE_NOUNS
                    .contains(&ws[from].lower().as_ref())
                    .then_some(ws[from].start)
            }) && !indefinite
                && !settlement_asked
            {
                building = Some(start..ws[from].start + ws[from].text.len());
            } else {
                fit *= PLACE_OF;
            }
            from = of + 1 + article_after(of);
        }
        // `di halaman Rumah Batik Sekar Kedaton`, `di bekas gedung Kantor Kecamatan …`:
        // Indonesian names the part of a site before the site, with no "of" between.
        if hit.lang == Lang::Id
            && building.is_none()
            && ws.get(from).is_some_and(|w| !w.is_capitalized())
            && let Some(k) = (from + 1..=from + PLACE_NOUN_WORDS).find(|&k| {
                ws.get(k)
                    .is_some_and(|w| w.is_capitalized() && !w.is_punct())
                    && ws[from..k].iter().all(|n| {
                        !n.is_punct()
                            && !n.is_capitalized()
                            && n.text.chars().all(char::is_alphabetic)
                    })
            })
        {
            from = k;
        }
        let Some((range, head_end)) = place_name_at(&ws, from) else {
            continue;
        };
        taken.push(range.clone());
        // `di Balai Pertemuan Desa Sungai Lokan` for "di desa mana": the hall names
        // the village asked after its own words; the village is the answer.
        if settlement_asked
            && let Some(k) = (from + 1..ws.len())
                .take_while(|&k| ws[k].start < range.end)
                .find(|&k| {
                    let lower = ws[k].lower();
                    kinds.contains(lower.as_ref()) && language::is_division(&lower)
                })
            && ws[from..k]
                .iter()
                .any(|w| language::any(|p| p.venue_words, &w.lower()))
            // "di balai desa mana" asks the hall.
            && !kinds.contains(&format!("{} {}", ws[k - 1].lower(), ws[k].lower()))
            && !ws[from..k].iter().any(|w| kinds.contains(w.lower().as_ref()))
        {
            let range = ws[k].start..range.end;
            out.push(Candidate {
                text: text[range.clone()].to_string(),
                value: None,
                core: range.clone(),
                range,
                fit,
                kind: None,
            });
            continue;
        }
        let start = building.as_ref().map_or(range.start, |b| b.start);
        // What a building of the kind asked is of may be a place the question names
        // (`l'hôpital régional de Kankan` for "to which hospital … in Kankan"): its
        // noun is its core. Of another kind, the place is (`tribunal correctionnel de
        // Niort` tells nothing new of "where was he arrested, in Niort").
        let core = building
            .filter(|b| {
                let noun = text[b.clone()].to_lowercase();
                kinds.contains(&noun)
            })
            .unwrap_or(range.start..head_end);
        out.push(Candidate {
            text: text[start..range.end].to_string(),
            value: None,
            core,
            range: start..range.end,
            fit,
            kind: None,
        });
    }
    // A venue wherever it stands: a capitalised name holding a word of buildings and
    // grounds (`Prospera Place`, `Stade Vélodrome`, `Gedung Sate`), or followed by an
    // English one in lower case (`the Prospera Place arena`).
    let is_venue = |w: &Word| language::any(|p| p.venue_words, &w.lower());
    let mut i = 0;
    while i < ws.len() {
        // Small connectors inside (`Palais des Sports`).
        let after = organisations::run_end(&ws, i);
        if after == i {
            i += 1;
            continue;
        }
        // `The Mabouya Valley was the hardest hit`: the article opening the sentence
        // is no word of the name.
        let lead = usize::from(
            after - i >= 3
                && (i == 0 || matches!(ws[i - 1].text, "." | "!" | "?" | ":"))
                && language::any(|p| p.articles, &ws[i].lower()),
        );
        let named = &ws[i + lead..after];
        // `mantan Hukum Tua Desa Tounelet Raya`: a title or a body before a place named
        // by its division, in one run of capitals, Indonesian's order: the place starts
        // at its division's word.
        // An administrative division's word only: a hall's (`Balai`) may head a venue.
        let id_kind = |w: &Word| {
            let lower = w.lower();
            language::id::PROFILE.place_nouns.contains(&lower.as_ref())
                && language::is_division(&lower)
        };
        let named = match named.iter().skip(1).position(id_kind) {
            Some(k) if hit.lang == Lang::Id && k + 2 < named.len() && !id_kind(&named[0]) => {
                &named[k + 1..]
            }
            _ => named,
        };
        // A place named by its kind, first or last (`Kecamatan Alok`, `Desa
        // Sukamaju`, `Lucena City`).
        let is_kind_of_place = |w: &Word| language::any(|p| p.place_nouns, &w.lower());
        // The kind last is English's order (`Lucena City`); Indonesian and French put
        // it first, and a body's name may end with one (`Dewan Perwakilan Rakyat
        // Daerah`, `Anggaran Pendapatan dan Belanja Daerah`).
        let kind_last = |w: &Word| {
            language::en::PROFILE
                .place_nouns
                .contains(&w.lower().as_ref())
        };
        // A body's or a role's name is no place (`Anggota Komisi III …`); but a name
        // ending with a street's noun is a street's (`Union Road`).
        let street = matches!(
            named[named.len() - 1].lower().as_ref(),
            "street" | "road" | "lane" | "avenue" | "boulevard"
        );
        // Nor is a run holding a person's title a place (`County Veterinary Officer Dr
        // Samuel Kiptoo`), but for a street named after someone.
        let street_first = {
            let first = named[0].lower();
            STREET_NOUNS.contains(&first.as_ref()) || matches!(first.as_ref(), "jalan" | "jl")
        };
        let of_a_body = !street
            && named.iter().any(|w| {
                language::any(|p| p.organisation_words, &w.lower())
                    || role_class(w.text).is_some()
                    || (!street_first && language::any(|p| p.person_titles, &w.lower()))
            });
        // Not a dateline in capitals (`CALAPAN CITY —`, read below).
        let place = named.len() >= 2
            && named.iter().any(|w| w.text.chars().any(char::is_lowercase))
            && !of_a_body
            && (is_kind_of_place(&named[0]) || kind_last(&named[named.len() - 1]));
        let mut range =
            named[0].start..named[named.len() - 1].start + named[named.len() - 1].text.len();
        // English's venue word after the name, in lower case, is a word of it (`the
        // Alotau waterfront`, `Hingurakgoda junction`).
        let venue_after = ws.get(after).filter(|n| {
            !n.is_capitalized()
                && language::en::PROFILE
                    .venue_words
                    .contains(&n.lower().as_ref())
        });
        // `the Pyewipe industrial estate`: English's kind of place after the name,
        // a word describing it between.
        // Not after a possessive (`Grimsby's food sector`); English's order only.
        let described_kind_after = (hit.lang == Lang::Other
            && !["'s", "’s"]
                .iter()
                .any(|p| named[named.len() - 1].text.ends_with(p))
            && ws
                .get(after)
                .is_some_and(|n| !n.is_capitalized() && !n.is_punct()))
        .then(|| ws.get(after + 1))
        .flatten()
        .filter(|n| !n.is_capitalized() && (is_venue(n) || kind_last(n)));
        let venue = (named.len() >= 2 && named.iter().any(is_venue))
            || place
            // `Côtes-d'Armor` for "di departemen mana": a country or a subdivision of
            // the kind asked, wherever it stands.
            || territory_of_kind(&text[range.clone()], kinds)
            // English's order only: French and Indonesian put the venue's word first
            // (`L'ancien marché central` names no venue `L'ancien`).
            || venue_after.is_some()
            || described_kind_after.is_some();
        if hit.lang == Lang::Other
            && let Some(word) = venue_after
        {
            range.end = word.start + word.text.len();
        }
        let starts_sentence =
            lead == 0 && (i == 0 || matches!(ws[i - 1].text, "." | "!" | "?" | ":"));
        // A common word alone is no name, wherever it stands (`(AFP) – Le stade …`).
        if venue
            && !((starts_sentence || named.len() == 1) && is_common_word(named[0].text))
            && !taken
                .iter()
                .any(|t| t.start < range.end && range.start < t.end)
        {
            out.push(Candidate {
                text: text[range.clone()].to_string(),
                value: None,
                core: range.clone(),
                range,
                fit: VENUE,
                kind: None,
            });
        }
        i = after;
    }
    // A place introduced by its kind in lower case, wherever it stands (`du quartier
    // Thurot`, `kecamatan Alok Timur`, `the village of Wayam`): the kind and the name
    // when the name follows it, the name alone after "of".
    for (i, w) in ws.iter().enumerate() {
        // `basilique-cathédrale Saint-Michel`: a compound kind, by its first part; `de
        // l'avenue Saint-Rédempteur`: without its elided article.
        let lower = w.lower();
        let kind = super::quotes::without_elision(&lower)
            .split('-')
            .next()
            .unwrap_or_default();
        // A venue's word in lower case too, where it comes first (`au marché Arzéké`,
        // `di pasar Sentral`), not in English (`the market Tuesday`).
        let venue_first = hit.lang != Lang::Other && language::any(|p| p.venue_words, kind);
        if w.is_capitalized() || !(language::any(|p| p.place_nouns, kind) || venue_first) {
            continue;
        }
        // `l'avenue Saint-Rédempteur`: the name starts at the kind, past its article.
        let mut start = w.start + (w.text.len() - super::quotes::without_elision(w.text).len());
        // `la rue des Scieries`, `le pont de la Libération`: "of", with its article.
        let past_of_at = |mut from: usize| {
            if ws
                .get(from)
                .is_some_and(|o| language::any(|p| p.of_words, &o.lower()) || o.lower() == "des")
            {
                from += 1;
                if ws
                    .get(from)
                    .is_some_and(|a| matches!(a.lower().as_ref(), "la" | "le" | "les"))
                {
                    from += 1;
                }
            }
            from
        };
        let mut from = past_of_at(i + 1);
        // `le fokontany d'Ambararata`: "of" elided before the name.
        let elided = ws.get(i + 1).and_then(|o| {
            let rest = super::quotes::without_elision(o.text);
            (rest.len() < o.text.len() && rest.starts_with(char::is_uppercase))
                .then(|| o.start + o.text.len() - rest.len()..o.start + o.text.len())
        });
        let mut read = place_name_at(&ws, from);
        let mut past_of = from > i + 1 || (read.is_none() && elided.is_some());
        // `la zone d'activités des Coinchettes`, `la zone artisanale des Prés-Hauts`,
        // `la salle des fêtes Paul-Lefebvre`: a kind of several words in lower case,
        // then the name.
        if read.is_none()
            && elided.is_none()
            && hit.lang == Lang::Fr
            && let Some(kind_end) = kind_complement_end(&ws, i + 1)
        {
            from = past_of_at(kind_end);
            read = place_name_at(&ws, from);
            past_of = from > kind_end;
        }
        let Some((name, _)) = read.or(elided.map(|r| (r, i + 2))) else {
            continue;
        };
        // `la rue de Behogne`: a street's noun is a word of its name; so is a bridge's
        // (`pont de la Libération`).
        if past_of && !STREET_NOUNS.contains(&kind) && kind != "pont" {
            start = name.start;
        }
        let range = start..name.end;
        add_place(
            &mut out,
            text,
            range.clone(),
            name.start..range.end,
            PLACE_BY_ITS_KIND,
        );
    }
    // Where a body is based: `Penrith-based Fellside Travel`, `une entreprise de
    // Mont-Joli`: read as where someone lives.
    for (i, w) in ws.iter().enumerate() {
        let lower = w.lower();
        let range = if let Some(town) = w.text.strip_suffix("-based")
            && town.starts_with(char::is_uppercase)
        {
            w.start..w.start + town.len()
        } else if !w.is_capitalized()
            && language::fr::PROFILE
                .organisation_nouns
                .contains(&super::quotes::without_elision(&lower))
            && ws
                .get(i + 1)
                .is_some_and(|o| matches!(o.lower().as_ref(), "de" | "du"))
            && let Some((name, _)) = place_name_at(&ws, i + 2)
        {
            name
        } else {
            continue;
        };
        add_place(&mut out, text, range.clone(), range, RESIDENCE);
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
            kind: None,
        });
    }
    // `Lycée` of `Lycée technique agricole`: a kind of place alone names none.
    out.retain(|c| {
        !language::any(|p| p.place_nouns, &c.text.to_lowercase())
            && !language::any(|p| p.venue_words, &c.text.to_lowercase())
    });
    out
}

/// Adds the place at `range` of `text` to `out`, unless a place found before overlaps it.
fn add_place(
    out: &mut Vec<Candidate>,
    text: &str,
    range: Range<usize>,
    core: Range<usize>,
    fit: f32,
) {
    if out
        .iter()
        .any(|c| c.range.start < range.end && range.start < c.range.end)
    {
        return;
    }
    out.push(Candidate {
        text: text[range.clone()].to_string(),
        value: None,
        core,
        range,
        fit,
        kind: None,
    });
}

/// Years an article gives in a sentence telling a beginning (`Fondée en 2014 à
/// Villeurbanne`, `mendirikan TaniKita pada 2019`), read in the whole article: the
/// question's words may not be the article's (`didirikan` for `fondée`).
fn founding_years(doc: &str, article: &[StoredPassage]) -> Vec<Found> {
    let mut out = Vec::new();
    for passage in article {
        let text = &passage.text;
        for q in quantities(text, passage.lang) {
            let after_month = words(&text[..q.range.start])
                .last()
                .is_some_and(|w| language::month_of(w.text).is_some());
            if !q.year || after_month {
                continue;
            }
            let sentence = sentence_around(text, &q.range);
            if !words(&text[sentence])
                .iter()
                .any(|w| language::any(|p| p.founding_words, &w.lower()))
            {
                continue;
            }
            out.push(Found {
                text: text[q.range.start..q.range.start + 4].to_string(),
                expect: Expect::Date,
                value: Some(text[q.range.start..q.range.start + 4].to_string()),
                doc: doc.to_string(),
                passage: passage.passage,
                lang: passage.lang,
                start: q.range.start,
                end: q.range.start + 4,
                score: ARTICLE_LEVEL,
            });
        }
    }
    out
}

/// What an age keeps when the one named before it shares only some words with the
/// person asked (`La Ode Safiuddin (58)` for "quel âge a Wa Ode Hasnia": `Ode` is a
/// title many share).
const SHARED_NAME_WORD: f32 = 0.6;

/// The words of a name in lower case, without the points of initials.
fn name_words_lower(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect()
}

/// Whether every word of the shorter of two names is a word of the other
/// (`Hasnia` and `Wa Ode Hasnia`, `Mark Zuckerberg` and `Zuckerberg`).
fn whole_name_of(a: &str, b: &str) -> bool {
    let (a, b) = (name_words_lower(a), name_words_lower(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    short.iter().all(|w| long.contains(w))
}

/// Whether two full names are of two people sharing a family name (`Jomar Abalos`,
/// `Rodelio Abalos`): as many words, the last the same, the first differing and
/// neither the other's initial. A title (`AKBP Budi Santoso`) makes a name longer,
/// not another's.
fn kin(a: &str, b: &str) -> bool {
    let (a, b) = (name_words_lower(a), name_words_lower(b));
    a.len() >= 2
        && a.len() == b.len()
        && a.last() == b.last()
        && !a[0].starts_with(&b[0])
        && !b[0].starts_with(&a[0])
}

/// Ages in an article said of `subject`: in a paragraph naming them before it in its
/// sentence, or naming no one before it there and them last in the sentences before,
/// or naming no one before it at all, the article being mostly about them.
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
            // No one named before it in its sentence (`Le joueur de 23 ans`, `The
            // 49-year-old oncologist`): the last person its paragraph named before.
            // The subject may be written there without a cue that makes it a person
            // (`l'attaquant nigérian Samuel Adeyemi`): where its words last stand.
            let earlier_person = people
                .mentions
                .iter()
                .rfind(|m| m.paragraph == i && m.range.end <= sentence_start)
                .map(|m| (m.range.start, same_speaker(subject, &m.name)));
            let earlier_subject = words(&passage.text[..sentence_start])
                .iter()
                .rfind(|w| same_speaker(subject, w.text) && w.is_capitalized())
                .map(|w| (w.start, true));
            let earlier = match (earlier_person, earlier_subject) {
                (Some(p), Some(s)) => Some(if p.0 > s.0 { p } else { s }),
                (p, s) => p.or(s),
            };
            let score = match (before.last(), earlier) {
                (Some(m), _) if same_speaker(subject, &m.name) && !kin(subject, &m.name) => {
                    if whole_name_of(subject, &m.name) {
                        1.0
                    } else {
                        SHARED_NAME_WORD
                    }
                }
                (Some(_), _) => continue,
                (None, Some((_, true))) => PREVIOUS_SENTENCE,
                (None, Some(_)) => continue,
                (None, None) if about_subject => 0.7,
                (None, None) => continue,
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
    fn an_ordinal_introduces_the_candidate_asked() {
        let text = "Turi Ward MCA Joseph Langat said the assembly set aside Sh34 million for a \
                    second hub at Elburgon, to be completed by June 2027.";
        let at = text.find("Elburgon").expect("Elburgon");
        assert!(ordinal_before(text, &(at..at + 8), 2.0));
        assert!(!ordinal_before(text, &(at..at + 8), 3.0));
        assert!(!ordinal_before(text, &(0..4), 2.0));
        let text = "Pemerintah menyiapkan pusat kedua di Elburgon.";
        let at = text.find("Elburgon").expect("Elburgon");
        assert!(ordinal_before(text, &(at..at + 8), 2.0));
    }

    #[test]
    fn the_noun_a_question_asks_a_person_by_and_its_translations() {
        let nouns = |q: &str| nouns_asked(&words(q));
        // The feminine has no entry: the masculine's translations stand for it.
        let asked = nouns("qui est la commerçante de la rue Haute");
        assert!(asked.contains(&"commercante".to_string()), "{asked:?}");
        assert!(asked.contains(&"merchant".to_string()), "{asked:?}");
        assert!(!asked.contains(&"commercant".to_string()), "{asked:?}");
        let asked = nouns("who is the fisherman in the Nagaon case");
        assert!(asked.contains(&"nelayan".to_string()), "{asked:?}");
        // A prosecutor is a role, in any of the three languages.
        assert!(nouns("who is the public prosecutor in the Nagaon case").is_empty());
        for asked in [
            "siapa jaksa penuntut dalam perkara itu",
            "qui est le procureur",
        ] {
            assert!(!roles_in_question(&words(asked)).is_empty(), "{asked}");
        }
        // What qualifies the noun is not it; a role is asked as roles are.
        assert_eq!(
            nouns("quelle élue d'opposition a saisi le préfet"),
            ["elue"]
        );
        assert!(nouns("who is the chief executive of the carmaker").is_empty());
        // The role after the noun asked is another's.
        assert!(roles_in_question(&words("who was the clerk of the former mayor")).is_empty());
        assert!(!roles_in_question(&words("who is the mayor of Vannes")).is_empty());
        assert_eq!(french_masculine("directrice").as_deref(), Some("directeur"));
        assert_eq!(french_masculine("cheffe").as_deref(), Some("chef"));
        assert_eq!(french_masculine("préfète").as_deref(), Some("préfet"));
        assert_eq!(french_masculine("prefete").as_deref(), Some("prefet"));
    }

    #[test]
    fn a_kind_of_body_asked_in_another_language() {
        // An abbreviated body stands for its kind (`Polda`, the police's regional
        // command).
        let kinds = kinds_of_body_asked(&words("satuan kepolisian mana"));
        assert!(is_kind_asked("polda", &kinds), "{kinds:?}");
        assert!(!is_kind_asked("kejari", &kinds), "{kinds:?}");
        // A short form of the kind asked's translation (`police` → `polisi` → `Polsek`).
        let kinds = kinds_of_body_asked(&words("which police unit guards the site"));
        assert!(is_kind_asked("polsek", &kinds), "{kinds:?}");
        let asked = words("quel laboratoire de la police");
        let kinds = kinds_of_body_asked(&asked);
        assert!(is_kind_asked("laboratorium", &kinds), "{kinds:?}");
        assert!(!is_kind_asked("forensik", &kinds), "{kinds:?}");
        // Any word of a company is the kind "company" asks.
        let kinds = kinds_of_body_asked(&words("which company built the centre"));
        let text = "It was built by the construction firm Morrison Keane.";
        let at = text.find("Morrison").unwrap_or_default();
        assert!(kind_before(text, &(at..at + 14), &kinds), "{kinds:?}");
        // The noun the question word goes with past where it is from; not the school
        // the question names too.
        let kinds = kinds_of_body_asked(&words(
            "Perusahaan asal Townsville apa yang memenangkan kontrak bus sekolah",
        ));
        assert!(is_kind_asked("company", &kinds), "{kinds:?}");
        assert!(!is_kind_asked("school", &kinds), "{kinds:?}");
        // A kind of body the dictionaries miss (`foundation`: `asas`, a principle).
        let kinds = kinds_of_body_asked(&words("which foundation owns the land"));
        assert!(is_kind_asked("yayasan", &kinds), "{kinds:?}");
        // An NGO, by the French letters before its name or as a foundation.
        let kinds = kinds_of_body_asked(&words("which NGO runs the clinic"));
        assert!(is_kind_asked("yayasan", &kinds), "{kinds:?}");
        let text = "Elle est gérée par l'ONG locale Action Médicale de Mambasa.";
        let at = text.find("Action").unwrap_or_default();
        assert!(kind_before(text, &(at..at + 24), &kinds), "{kinds:?}");
        // And named anything: an association is no body of another kind.
        let text = "L'Association Rwandaise pour l'Education des Filles suit les élèves.";
        let name = "Association Rwandaise pour l'Education des Filles";
        let any_body = ["ngo", "ong", "lsm"]
            .iter()
            .all(|w| language::any(|p| p.any_body_nouns, w));
        assert_eq!(
            body_kind_fit(text, &(2..2 + name.len()), name, &kinds, any_body),
            1.0
        );
        let kinds = kinds_of_body_asked(&words("quel syndicat dénonce la fermeture"));
        let text = "Un constat que partage le syndicat Sud Santé.";
        let at = text.find("Sud").unwrap_or_default();
        assert!(kind_before(text, &(at..at + 9), &kinds), "{kinds:?}");
        // An association is no firm, though the dictionary gives "société" among the
        // noun's senses.
        let kinds = kinds_of_body_asked(&words("Quelle association de commerçants s'inquiète"));
        assert!(is_kind_asked("persatuan", &kinds), "{kinds:?}");
        assert!(!is_kind_asked("société", &kinds), "{kinds:?}");
    }

    #[test]
    fn a_place_asked_by_its_kind_starts_at_that_kind() {
        let kinds: HashSet<String> = ["nagari".to_string()].into();
        let text = "Posko utama dibuka di Kantor Wali Nagari Batu Ranjau sejak Senin.";
        let at = text.find("Kantor").unwrap_or_default();
        let end = text.find(" sejak").unwrap_or_default();
        let range = from_kind_asked(text, &(at..end), &kinds);
        assert_eq!(&text[range], "Nagari Batu Ranjau");
        // A name opening with the kind, or holding none, is left whole.
        let at = text.find("Nagari").unwrap_or_default();
        assert_eq!(from_kind_asked(text, &(at..end), &kinds), at..end);
        let kinds: HashSet<String> = ["village".to_string()].into();
        let at = text.find("Kantor").unwrap_or_default();
        assert_eq!(from_kind_asked(text, &(at..end), &kinds), at..end);
    }

    #[test]
    fn a_body_named_by_the_kind_asked_first_or_last() {
        let asked_by: HashSet<String> = ["coopérative", "cooperative", "co-operative"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        assert!(named_by_kind_asked(
            "Namoi Plains Grain Co-operative (NPGC)",
            &asked_by
        ));
        assert!(named_by_kind_asked(
            "Coopérative agricole des planteurs de la Nava",
            &asked_by
        ));
        assert!(!named_by_kind_asked(
            "Peel Valley Steel Constructions",
            &asked_by
        ));
    }

    #[test]
    fn a_body_of_another_kind_than_the_one_asked_fits_less() {
        let fit = |question: &str, text: &str, name: &str| {
            let asked = words(question);
            let any = asked
                .iter()
                .any(|w| language::any(|p| p.any_body_nouns, &w.lower()));
            let at = text.find(name).unwrap_or_default();
            body_kind_fit(
                text,
                &(at..at + name.len()),
                name,
                &kinds_of_body_asked(&asked),
                any,
            )
        };
        let text = "Peneliti Universitas Mulawarman dan Badan Riset Daerah menghitung ulang.";
        let question = "which university counted the trees again";
        assert_eq!(fit(question, text, "Universitas Mulawarman"), KIND_ASKED);
        assert_eq!(
            fit(question, text, "Badan Riset Daerah"),
            OTHER_KIND_OF_BODY
        );
        // A name saying no kind at all may be any.
        assert_eq!(fit(question, "Selon Geodata, …", "Geodata"), 1.0);
        // "lembaga apa": any kind of body answers.
        let question = "lembaga apa yang menghitung ulang pohon";
        assert_eq!(fit(question, text, "Badan Riset Daerah"), 1.0);
        // An abbreviated body says its kind as a body's word does.
        let text = "Laporan diterima Polresta Sidoarjo dari para jemaah.";
        let question = "which travel agency failed to fly the pilgrims";
        assert_eq!(fit(question, text, "Polresta Sidoarjo"), OTHER_KIND_OF_BODY);
    }

    #[test]
    fn a_date_is_answered_in_the_fullest_form_its_article_gives() {
        let date = |text: &str, doc: &str, value: &str, passage: u64, score: f32| Found {
            text: text.to_string(),
            expect: Expect::Date,
            value: Some(value.to_string()),
            doc: doc.to_string(),
            passage,
            lang: Lang::Other,
            start: 0,
            end: text.len(),
            score,
        };
        let best = date("Tuesday", "a.txt", "2026-03-03", 0, 0.9);
        let read = [
            best.clone(),
            date("Tuesday, March 3", "a.txt", "2026-03-03", 2, 0.4),
            // Another day, and the same day in another article, are not it.
            date("Wednesday, March 4", "a.txt", "2026-03-04", 3, 0.3),
            date("Tuesday, March 3, 2026", "b.txt", "2026-03-03", 1, 0.2),
        ];
        let got = fullest_date(best.clone(), &read);
        assert_eq!((got.text.as_str(), got.passage), ("Tuesday, March 3", 2));
        assert_eq!(got.score, 0.9);
        // Nothing fuller: the answer as found.
        assert_eq!(fullest_date(best.clone(), &read[..1]), best);
        // A weekday alone read a week off: the article's full form of it tells which.
        let best = date("lundi", "a.txt", "2026-06-08", 0, 0.9);
        let read = [
            best.clone(),
            date("lundi 15 juin", "a.txt", "2026-06-15", 5, 0.3),
            date("lundi 22 juin", "a.txt", "2026-06-22", 6, 0.3),
        ];
        let got = fullest_date(best.clone(), &read);
        assert_eq!((got.text.as_str(), got.passage), ("lundi 15 juin", 5));
        // Not a date written in full.
        let best = date("1er juin", "a.txt", "2026-06-01", 0, 0.9);
        let read = [
            best.clone(),
            date("lundi 8 juin", "a.txt", "2026-06-08", 5, 0.3),
        ];
        assert_eq!(fullest_date(best.clone(), &read), best);
    }

    #[test]
    fn a_role_the_role_asked_is_of_is_not_asked() {
        let lawyer = role_class("lawyer");
        let mayor = role_class("mayor");
        let asked = |q: &str| roles_in_question(&words(q));
        assert_eq!(
            asked("qui est l'avocat de l'ancien maire de Plouha")
                .first()
                .copied(),
            lawyer
        );
        assert_eq!(
            asked("qui est l'avocat de l'ancien maire de Plouha").len(),
            1
        );
        assert_eq!(asked("who is the lawyer of the former mayor").len(), 1);
        // Two roles asked side by side are both asked.
        assert_eq!(
            asked("which mayor hired the lawyer"),
            [mayor, lawyer].into_iter().flatten().collect::<Vec<_>>()
        );
        // A verb says what the role named did, not another role.
        let engineer = role_class("engineer");
        assert_eq!(
            asked("which engineer inspected the building after the collapse"),
            engineer.into_iter().collect::<Vec<_>>()
        );
        assert_eq!(
            asked("who inspected the building").first().copied(),
            role_class("inspector")
        );
        // Past a relative pronoun or "against", a role is another party's.
        let judge = role_class("judge");
        let prosecutor = role_class("procureure");
        assert_eq!(
            asked("who chaired the panel of judges that sentenced the former transport chief"),
            judge.into_iter().collect::<Vec<_>>()
        );
        assert_eq!(
            asked("quelle procureure avait requis huit ans contre l'ancien chef des transports"),
            prosecutor.into_iter().collect::<Vec<_>>()
        );
        assert!(judge.is_some() && prosecutor.is_some());
    }

    #[test]
    fn every_person_a_question_names_is_asked_for_apart() {
        let others = |q: &str| other_names(&crate::plan::question::read(q));
        assert_eq!(
            others("quand Zuckerberg a-t-il rencontré Fumio Kishida"),
            ["Zuckerberg", "Fumio Kishida"]
        );
        // One name alone is the subject; a place the lexicon translates is not asked.
        assert!(others("kapan Mark Zuckerberg tiba").is_empty());
        assert!(others("when did Zuckerberg arrive in Japan").is_empty());
    }

    #[test]
    fn numbers_in_percent() {
        let text = "Sekitar 61 persen dari 900 siswa lulus; 12 % gagal, and 7 per cent left.";
        let got: Vec<bool> = quantities(text, Lang::Id)
            .iter()
            .filter(|q| q.digits)
            .map(|q| in_percent(text, q))
            .collect();
        assert_eq!(got, [true, false, true, true]);
    }

    #[test]
    fn a_chief_of_another_kind_of_body_is_likelier_another_chief() {
        let kinds = role_body_asked(&words("who is the Jember police chief who named suspects"));
        assert!(
            kinds.contains("police") && kinds.contains("polisi"),
            "{kinds:?}"
        );
        assert!(role_body_asked(&words("who is the chief of Dinkes Bantul")).is_empty());
        assert!(names_body_kind("kapolres", &kinds));
        assert!(names_body_kind("polresta", &kinds));
        assert!(!names_body_kind("dinas", &kinds));
        let text = "Kapolres Jember AKBP Rizal Hadiyanto mengatakan itu. Kepala Dinas \
                    Pemberdayaan Masyarakat dan Desa (DPMD) Jember, Siti Nurhayati, menyebut ujian \
                    ulang.";
        let body: HashSet<String> = ["jember".to_string()].into();
        let gain = |name: &str| {
            body_gain(
                text,
                &at_in(text, name),
                (&body, &kinds, &SpelledOut::new()),
                false,
            )
        };
        assert_eq!(gain("Rizal Hadiyanto"), 1.0 + BODY_ASKED);
        assert_eq!(
            gain("Siti Nurhayati"),
            (1.0 + BODY_ASKED) * ROLE_OF_OTHER_BODY
        );
    }

    #[test]
    fn the_body_a_verb_of_leading_governs_is_the_kind_asked() {
        // The gain of the body asked by `kinds` for `name` in `text`.
        let gain_in = |text: &str, name: &str, kinds: &HashSet<String>, spelled: &SpelledOut| {
            body_gain(
                text,
                &at_in(text, name),
                (&HashSet::new(), kinds, spelled),
                false,
            )
        };
        let kinds = role_body_asked(&words("who chairs the cooperative that opened a sago mill"));
        assert!(kinds.contains("koperasi"), "{kinds:?}");
        // The office of cooperatives is an office; the acronym spells a cooperative.
        let text = "Kepala Dinas Koperasi dan Usaha Kecil Menengah Kabupaten Sorong Selatan, \
                    Markus Sremere, menjelaskan. Ketua KPSMK, Yakobus Saflafo (56), mengatakan.";
        let spelled: SpelledOut = [(
            "KPSMK".to_string(),
            "Koperasi Produsen Sagu Mandiri Kais".to_string(),
        )]
        .into();
        assert_eq!(
            gain_in(text, "Markus Sremere", &kinds, &spelled),
            ROLE_OF_OTHER_BODY
        );
        assert_eq!(gain_in(text, "Yakobus Saflafo", &kinds, &spelled), 1.0);
        // English names the body before the role.
        let text = "WBGC chairman Augustin Mathurin welcomed the relief.";
        let spelled: SpelledOut = [(
            "WBGC".to_string(),
            "Windward Banana Growers' Cooperative".to_string(),
        )]
        .into();
        assert_eq!(gain_in(text, "Augustin Mathurin", &kinds, &spelled), 1.0);
        // A body's name holding an English noun of a trade is of the kind its first
        // word says (`Ikatan`, an association).
        let kinds = role_body_asked(&words(
            "qui préside l'association des opérateurs de rafting de la rivière Ayung",
        ));
        let text = "Ketua Ikatan Operator Arung Jeram Ayung (IOAJA), I Made Sudarsana, menolak.";
        assert_eq!(
            gain_in(text, "I Made Sudarsana", &kinds, &SpelledOut::new()),
            1.0
        );
        // Only an office is of no other kind than its first noun's: a union of
        // cooperatives is of the kind asked.
        let kinds = role_body_asked(&words("qui préside la coopérative de poivron de Diffa"));
        let text = "Le président de l'Union des coopératives de producteurs de poivron, Boukar \
                    Abba Mallam, a parlé.";
        assert_eq!(
            gain_in(text, "Boukar Abba Mallam", &kinds, &SpelledOut::new()),
            1.0
        );
        // The body's noun past the names and fields English writes before it, and the
        // roles of fields joined by "and": an Indonesian office (`Dinas`) is one.
        for question in [
            "who heads the Katingan plantation and livestock office that vaccinates dogs",
            "who is the head of the education and culture office of Sumba Barat Daya",
        ] {
            let kinds = role_body_asked(&words(question));
            assert!(kinds.contains("dinas"), "{question}: {kinds:?}");
            let text = "Kepala Dinas Perkebunan dan Peternakan, Marlina Tiwang, menyebutkan. \
                        Kepala SD Inpres Ratu Wole, Yohanes Bulu Kaka, mengatakan.";
            assert_eq!(
                gain_in(text, "Marlina Tiwang", &kinds, &SpelledOut::new()),
                1.0
            );
            assert_eq!(
                gain_in(text, "Yohanes Bulu Kaka", &kinds, &SpelledOut::new()),
                ROLE_OF_OTHER_BODY
            );
        }
        // A plural the dictionaries list by its singular names the office by the
        // root of what it deals in (`fisheries` → `fishery` → `penangkapan ikan`).
        let body = body_words_of(&words("who heads the Lebong regency fisheries office"));
        assert!(body.contains("ikan"), "{body:?}");
        let text = "Kepala Dinas Perikanan Kabupaten Lebong, Ir. Rusdi Hamzah, mengatakan. \
                    Kepala BPBD Kabupaten Lebong, Hendri Saputra Wijaya, mengatakan.";
        let kinds = role_body_asked(&words("who heads the Lebong regency fisheries office"));
        let gain = |name: &str| {
            body_gain(
                text,
                &at_in(text, name),
                (&body, &kinds, &SpelledOut::new()),
                false,
            )
        };
        assert!(gain("Rusdi Hamzah") > gain("Hendri Saputra Wijaya"));
        // A body named before a comma is the one led, not the kind set off after it.
        assert!(
            role_body_asked(&words(
                "Who chairs Lamballe Équidés Passion, the association behind the horse fair?"
            ))
            .is_empty()
        );
        // A role's office is of the kind its role tells, not any office.
        assert!(
            role_body_asked(&words(
                "who heads the Tana Tidung district prosecutor's office that detained them"
            ))
            .is_empty()
        );
    }

    #[test]
    fn a_change_is_told_by_the_number_it_ends_at() {
        let text = "Setelah lantai dua dibangun, kapasitas masjid akan bertambah dari 800 \
                    jemaah menjadi 1.400 jemaah.";
        let h = hit(text, Lang::Id, "2026-11-20");
        let topic = "jemaah masjid";
        let fits: Vec<(String, f32)> =
            numbers(&h, Expect::Count, &AskedUnits::of(topic), topic, false)
                .into_iter()
                .map(|c| (c.text, c.fit))
                .collect();
        assert!(fits[1].1 > fits[0].1 / CHANGED_FROM, "{fits:?}");
        // A sum told as a loss answers a question asking one.
        let text =
            "Ia memperkirakan kerugiannya mencapai Rp 112 juta. Bantuan Rp 5 juta disiapkan.";
        let h = hit(text, Lang::Id, "2026-11-20");
        let asked = AskedUnits::of("kerugian");
        let fits: Vec<f32> = numbers(&h, Expect::Money, &asked, "berapa kerugian", false)
            .into_iter()
            .map(|c| c.fit)
            .collect();
        assert_eq!(fits, [LOSS_ASKED, 1.0]);
        // `Dokter hewan YPPB, drh. Anisa`: a noun of two words asked.
        let text = "Dokter hewan YPPB, drh. Anisa Putri Rahmawati, menembakkan bius.";
        let nouns = vec!["dokterhewan".to_string()];
        assert_eq!(
            noun_gain(text, &at_in(text, "Anisa Putri Rahmawati"), &nouns),
            NOUN_ASKED
        );
        assert!(asks_past(&words("Quel jour l'incendie s'est-il déclaré ?")));
    }

    #[test]
    fn asked_a_total_the_whole_keeps_its_fit() {
        let text = "Dari total 48.600 eksemplar buku, baru sekitar 16.000 eksemplar dipajang.";
        let h = hit(text, Lang::Id, "2026-11-20");
        let mut asked = AskedUnits::of("buku");
        let fit_of = |asked: &AskedUnits, t: &str| {
            numbers(&h, Expect::Count, asked, "berapa buku", false)
                .into_iter()
                .find(|c| c.text.starts_with(t))
                .map(|c| c.fit)
        };
        assert!(fit_of(&asked, "48.600") < fit_of(&asked, "16.000"));
        asked.total = true;
        assert!(fit_of(&asked, "48.600") > fit_of(&asked, "16.000"));
    }

    #[test]
    fn a_body_set_off_before_its_kind() {
        let kinds: HashSet<String> = ["startup".to_string()].into_iter().collect();
        let text = "DeepSeek, sebuah startup AI dari China, mengklaim dapat membangun model kuat.";
        assert!(kind_after(text, &(0..8), &kinds));
        let text = "Zuckerberg ditanya tentang DeepSeek – startup AI China yang membuat geger.";
        let start = text.find("DeepSeek").unwrap_or(0);
        assert!(kind_after(text, &(start..start + 8), &kinds));
        let text = "DeepSeek, Meta et Mistral AI ont annoncé des modèles.";
        assert!(!kind_after(text, &(0..8), &kinds));
    }

    #[test]
    fn the_kind_of_measure_asked() {
        let dimension = |text: &str, lang: Lang| {
            quantities(text, lang)
                .first()
                .and_then(|q| dimension_of(text, q))
        };
        assert_eq!(
            dimension("seluas 1.150 hektare", Lang::Id),
            Some(Dimension::Area)
        );
        assert_eq!(
            dimension("2 400 mètres carrés", Lang::Fr),
            Some(Dimension::Area)
        );
        assert_eq!(
            dimension("sepanjang 35 meter", Lang::Id),
            Some(Dimension::Length)
        );
        assert_eq!(dimension("1,2 juta ton", Lang::Id), Some(Dimension::Weight));
        assert_eq!(
            dimension("40 square metres", Lang::Other),
            Some(Dimension::Area)
        );
        assert_eq!(dimension("27 desa", Lang::Id), None);
        let asked = AskedUnits::of("luas sawah terancam puso");
        assert_eq!(asked.dimension, Some(Dimension::Area));
        let text = "Tanggul sepanjang 35 meter jebol dan 1.150 hektare sawah terancam puso.";
        let h = hit(text, Lang::Id, "2026-02-14");
        let best = numbers(&h, Expect::Count, &asked, "berapa luas sawah", false)
            .into_iter()
            .max_by(|a, b| a.fit.total_cmp(&b.fit))
            .map(|c| c.text);
        assert_eq!(best.as_deref(), Some("1.150 hektare"));
    }

    #[test]
    fn the_doer_of_a_passive_for_who_did_it() {
        let lower =
            |q: &str| -> Vec<String> { words(q).iter().map(|w| w.lower().into_owned()).collect() };
        assert!(asks_a_deed(&lower("who inaugurated the plant")));
        assert!(asks_a_deed(&lower("qui a inauguré l'usine")));
        assert!(asks_a_deed(&lower("siapa yang meresmikan pabrik itu")));
        assert!(!asks_a_deed(&lower("who was arrested")));
        assert!(!asks_a_deed(&lower("qui a été arrêté")));
        assert!(!asks_a_deed(&lower("siapa yang ditangkap")));
        assert!(!asks_a_deed(&lower("who is the mayor")));
        let text = "Peresmian dilakukan langsung oleh Bupati Sanggau, Drs. Fransiskus Dimas \
                    Ungkang, M.Si. Sementara itu Kepala Dinas, Rosmawati, hadir.";
        let at = |name: &str| text.find(name).map_or(0..0, |s| s..s + name.len());
        assert!(done_by_before(text, &at("Fransiskus Dimas Ungkang")));
        assert!(!done_by_before(text, &at("Rosmawati")));
        let text = "The plant was built by Acme. Tim Cook said so.";
        let start = text.find("Tim").unwrap_or(0);
        assert!(!done_by_before(text, &(start..start + 8)));
        let text = "The plant was inaugurated by Works Minister Ana Lima.";
        let start = text.find("Ana").unwrap_or(0);
        assert!(done_by_before(text, &(start..start + 8)));
    }

    #[test]
    fn what_is_counted_ends_at_a_french_verb() {
        let asked = AskedUnits::of("passagers utilisent en moyenne chaque jour débarcadère");
        assert!(asked.is_counted("passagers"));
        assert!(!asked.is_counted("utilisent"));
        assert!(!asked.is_counted("use"));
    }

    #[test]
    fn what_it_cost_to_build_is_no_monthly_fee() {
        let text = "Pembangunan menelan anggaran Rp 4,7 miliar, dan setiap rumah membayar \
                    iuran Rp 35.000 per bulan untuk perawatan.";
        let h = hit(text, Lang::Id, "2026-02-14");
        let mut asked = AskedUnits::of("cost build plant");
        let fit_of = |asked: &AskedUnits, t: &str| {
            numbers(
                &h,
                Expect::Money,
                asked,
                "how much did it cost to build",
                false,
            )
            .into_iter()
            .find(|c| c.text.starts_with(t))
            .map(|c| c.fit)
            .unwrap_or(0.0)
        };
        let fee = fit_of(&asked, "Rp 35.000");
        asked.building = true;
        assert!(fit_of(&asked, "Rp 35.000") < fee);
        assert!(fit_of(&asked, "Rp 35.000") < fit_of(&asked, "Rp 4,7 miliar"));
    }

    #[test]
    fn an_indonesian_word_is_no_french_future() {
        assert!(!asks_future(&words(
            "Kapan tabrakan antara bus dan truk terjadi?"
        )));
        assert!(asks_future(&words("Quand les halles rouvriront-elles ?")));
        // What one aims at is to come.
        assert!(asks_future(&words(
            "When does Keolis aim to put the cable car back into service?"
        )));
        // `bendahara`, `perkara`: Indonesian words ending as a French future does.
        assert!(!asks_future(&words(
            "Sejak kapan mantan bendahara KONI Bangkalan ditahan?"
        )));
        let nouns = nouns_asked(&words(
            "Siapa sopir bus \"Ndiaga Ndiaye\" yang bertabrakan?",
        ));
        assert!(nouns.contains(&"conducteur".to_string()), "{nouns:?}");
        assert!(nouns_asked(&words("Siapa memimpin rapat itu?")).is_empty());
        // "which" after "who" opens a relative clause: no noun of the one asked.
        assert!(
            nouns_asked(&words(
                "Who chairs the rice growers' cooperative, which borrowed money?"
            ))
            .is_empty()
        );
    }

    #[test]
    fn a_question_in_the_past_asks_no_day_to_come() {
        assert!(asks_past(&words("When was the objection filed?")));
        assert!(asks_past(&words("Quand a-t-il déposé sa plainte ?")));
        assert!(!asks_past(&words("Quand a lieu le festival ?")));
        assert!(!asks_past(&words("When will the bridge reopen?")));
        let day = |value: &str| Candidate {
            text: String::new(),
            value: Some(value.to_string()),
            range: 0..0,
            core: 0..0,
            fit: 1.0,
            kind: None,
        };
        assert_eq!(
            past_fit(&day("2026-12-21"), Some("2026-11-12")),
            FUTURE_FOR_PAST
        );
        assert_eq!(past_fit(&day("2026-11-11"), Some("2026-11-12")), 1.0);
    }

    #[test]
    fn a_day_named_is_found_in_any_form() {
        assert_eq!(days_named("la réunion du 19 novembre"), vec!["11-19"]);
        assert_eq!(days_named("rapat pada Kamis (19/11/2026)"), vec!["11-19"]);
        let text = "Rapat digelar Kamis (19/11/2026) di balai desa, lalu Jumat (20/11/2026).";
        let found = days_named_in(text, Some("2026-11-21"), &days_named("le 19 novembre"));
        assert!(!found.is_empty());
        // `Kamis` alone is the Thursday before the article's day: the 19th too.
        assert!(found.iter().any(|&[s, e]| text[s..e].contains("19/11")));
        assert!(
            found
                .iter()
                .all(|&[_, e]| e <= text.find("lalu").unwrap_or(0))
        );
        assert!(days_named_in(text, None, &[]).is_empty());
    }

    #[test]
    fn partial_dates_of_news() {
        let text = "Pada Rabu, 28 Februari, Zuckerberg bertemu Lee; en novembre 2022; ce mardi.";
        let got: Vec<(&str, Option<String>)> = partial_dates(text, None)
            .into_iter()
            .map(|(r, v, _)| (&text[r], v))
            .collect();
        assert_eq!(
            got,
            [
                ("Rabu, 28 Februari", Some("--02-28".to_string())),
                ("novembre 2022", Some("2022-11".to_string())),
                ("mardi", None)
            ]
        );
        // `Sabtu (5/12)`: the day and month in brackets, the year the article's.
        let text = "Warga bergotong royong pada Sabtu (5/12) pagi, dan Senin (7/12/2026) lagi.";
        let got: Vec<(&str, Option<String>)> = partial_dates(text, Some("2026-12-07"))
            .into_iter()
            .map(|(r, v, _)| (&text[r], v))
            .collect();
        assert_eq!(got[0], ("Sabtu (5/12)", Some("2026-12-05".to_string())));
        // English writes the month first; a weekday alone takes the article's date.
        let text =
            "The plant opened on Tuesday, March 5, and the minister came on Friday. We may go.";
        let got: Vec<(&str, Option<String>)> = partial_dates(text, Some("2024-03-09"))
            .into_iter()
            .map(|(r, v, _)| (&text[r], v))
            .collect();
        assert_eq!(
            got,
            [
                ("Tuesday, March 5", Some("2024-03-05".to_string())),
                ("Friday", Some("2024-03-08".to_string()))
            ]
        );
    }

    #[test]
    fn a_date_after_since_starts_a_state() {
        let text = "Fermé depuis mars 2025, le cinéma rouvrira le samedi 14 novembre ; \
                    sejak Senin (9/11) warga mengungsi, since the 3 March too.";
        let at = |date: &str| {
            let start = text.find(date).unwrap_or_default();
            after_since(text, &(start..start + date.len()))
        };
        assert!(at("mars 2025"));
        assert!(!at("samedi 14 novembre"));
        assert!(at("Senin (9/11)"));
        assert!(at("3 March"));
        // A state denied since a date: the date is when it last held.
        let text = "L'église n'accueillait plus de messe depuis le 15 août 2021. \
                    Hujan belum turun sejak Juli 2026. It was shut, since May 2024.";
        let at = |date: &str| {
            let start = text.find(date).unwrap_or_default();
            after_since(text, &(start..start + date.len()))
        };
        assert!(!at("15 août 2021"));
        assert!(!at("Juli 2026"));
        assert!(at("May 2024"));
    }

    #[test]
    fn a_deadline_asked_and_told() {
        for q in [
            "by which day will the water flow again",
            "d'ici quelle date la commission rendra-t-elle ses conclusions",
            "kapan paling lambat relokasi selesai",
            "quelle est la date limite fixée aux villages pour rembourser",
            "what is the deadline set for the refunds",
        ] {
            assert!(asks_deadline(&words(q)), "{q}");
        }
        assert!(!asks_deadline(&words(
            "when was the report written by the council"
        )));
        let text = "Air kembali normal paling lambat Jumat (27/11/2026), kata dia Senin.";
        let at = |date: &str| {
            let start = text.find(date).unwrap_or_default();
            after_deadline(text, &(start..start + date.len()))
        };
        assert!(at("Jumat (27/11/2026)"));
        assert!(!at("Senin"));
    }

    #[test]
    fn abbreviated_months_with_their_period() {
        let text = "The ferry ran aground on Sept. 3 and was refloated by Nov. 12. \
                    Le chantier reprendra le 4 déc. prochain. Des bateaux attendent.";
        let got: Vec<(&str, Option<String>)> = partial_dates(text, Some("2025-11-20"))
            .into_iter()
            .map(|(r, v, _)| (&text[r], v))
            .collect();
        assert_eq!(
            got,
            [
                ("Sept. 3", Some("2025-09-03".to_string())),
                ("Nov. 12", Some("2025-11-12".to_string())),
                ("4 déc.", Some("2025-12-04".to_string())),
            ]
        );
        let text = "The court set a hearing date of Sept 15. Jan Novak said.";
        let got: Vec<&str> = partial_dates(text, Some("2026-08-01"))
            .into_iter()
            .map(|(r, _, _)| &text[r])
            .collect();
        assert_eq!(got, ["Sept 15"]);
        let text = "Polls close on 14 Nov and results are due by 2 Dec 2025.";
        let got: Vec<&str> = partial_dates(text, Some("2025-11-01"))
            .into_iter()
            .map(|(r, _, _)| &text[r])
            .collect();
        assert!(got.contains(&"14 Nov"), "{got:?}");
    }

    #[test]
    fn the_date_of_a_dateline_is_the_filing_day() {
        let text = "Bouaké, 12 nov 2026 (AIP) – Les gendarmes ont saisi le stock dans la nuit \
                    de lundi, a-t-on appris jeudi.";
        let h = hit(text, Lang::Fr, "2026-11-12");
        let fit_of = |found: &[Candidate], written: &str| {
            found.iter().find(|c| c.text == written).map(|c| c.fit)
        };
        let found = dates(&h, false, false, false);
        assert_eq!(
            fit_of(&found, "12 nov 2026"),
            Some(DATELINE_DATE),
            "{found:?}"
        );
        for text in [
            "LONDON, Nov. 12 (Reuters) - Shares fell.",
            "PARIS, 12 novembre 2026 – Le conseil a voté.",
        ] {
            let found = dates(&hit(text, Lang::Other, "2026-11-12"), false, false, false);
            assert!(found.iter().all(|c| c.fit <= DATELINE_DATE), "{found:?}");
        }
        let text = "Le conseil se réunira le 12 novembre 2026 (salle des fêtes).";
        let found = dates(&hit(text, Lang::Fr, "2026-11-01"), false, false, false);
        assert!(found.iter().any(|c| c.fit == 1.0), "{found:?}");
    }

    #[test]
    fn where_someone_is_from_when_asked() {
        let h = hit(
            "Ian Drever, a retired fisherman from Pierowall, missed his appointment.",
            Lang::Other,
            "2026-11-10",
        );
        let named = |asks_origin: bool| -> Vec<String> {
            places(&h, asks_origin, &HashSet::new())
                .into_iter()
                .map(|c| c.text)
                .collect()
        };
        assert!(
            named(true).contains(&"Pierowall".to_string()),
            "{:?}",
            named(true)
        );
        assert!(
            !named(false).contains(&"Pierowall".to_string()),
            "{:?}",
            named(false)
        );
    }

    #[test]
    fn the_day_someone_spoke_is_told_from_the_day_of_the_event() {
        let said = |text: &str, date: &str| {
            let at = text.find(date).unwrap_or_default();
            said_on(text, &(at..at + date.len()))
        };
        assert!(said(
            "\"Ada 73 rumah rusak,\" kata Kepala Pelaksana BPBD Sidrap, Andi Syamsul Bahri, \
             kepada wartawan, Selasa (3/11/2026).",
            "Selasa (3/11/2026)"
        ));
        assert!(said(
            "The bridge will stay shut, the mayor said on Tuesday.",
            "Tuesday"
        ));
        // Met by a reporter: still the day of saying.
        assert!(said(
            "\"Kami hanya pelaksana,\" ujarnya saat ditemui di Pelabuhan Tanjung Kalian, \
             Rabu (2/12/2026).",
            "Rabu (2/12/2026)"
        ));
        assert!(said(
            "« Nous irons en appel », a déclaré l'avocat lors d'une conférence de presse, lundi.",
            "lundi"
        ));
        // A reported clause joined to its date without a comma: the event's day.
        assert!(!said(
            "Kepala Dinas, dr. Retno, mengatakan hasil uji laboratorium atas sampel para \
             pasien keluar pada Senin (16/11/2026).",
            "Senin (16/11/2026)"
        ));
        // Said while the event took place, reported, or before "that": the event's day.
        assert!(!said(
            "\"Terbukti bersalah,\" kata hakim saat membacakan putusan di Mataram, Senin (23/11).",
            "Senin (23/11)"
        ));
        assert!(!said(
            "Eko mengatakan air mencapai 15,42 meter pada Rabu (18/11/2026) pukul 21.00 WIB, \
             atau berstatus siaga merah.",
            "Rabu (18/11/2026)"
        ));
        assert!(!said(
            "Il a dit que la digue a cédé le 3 novembre.",
            "3 novembre"
        ));
        assert!(!said("La digue a cédé le 3 novembre.", "3 novembre"));
    }

    #[test]
    fn a_date_holding_the_questions_year_still_answers() {
        let text = "Le congrès s'ouvrira le samedi 14 mars 2026 à Lille.";
        let h = hit(text, Lang::Fr, "2026-01-10");
        let date = dates(&h, false, false, false)
            .into_iter()
            .find(|c| c.text.contains("14 mars"))
            .expect("the day");
        // The year is the question's word ("quand … le congrès 2026"), the day isn't.
        assert_eq!(&text[date.core.clone()], "samedi 14 mars");
    }

    #[test]
    fn a_year_to_come_answers_the_future_less_well_than_a_day() {
        let text = "L'extension ouvrira en 2028. Une réunion publique est prévue mardi 8 décembre.";
        let h = hit(text, Lang::Fr, "2026-11-20");
        let fit = |future: bool, written: &str| {
            dates(&h, false, future, false)
                .into_iter()
                .find(|c| c.text == written)
                .map(|c| c.fit)
        };
        assert_eq!(fit(true, "2028"), Some(YEAR_TO_COME));
        assert_eq!(fit(false, "2028"), Some(YEAR_ALONE));
        assert!(fit(true, "mardi 8 décembre") > fit(true, "2028"));
    }

    #[test]
    fn a_verb_asks_the_role_of_its_doer() {
        let asked =
            |q: &str| -> Vec<String> { words(q).iter().filter_map(role_asked_by).collect() };
        assert_eq!(asked("Qui entraîne l'US Châteaugiron ?"), ["entraîneur"]);
        assert_eq!(asked("Siapa yang melatih tim itu?"), ["pelatih"]);
        assert_eq!(asked("Who coaches the team?"), ["coach"]);
        // Defending in court is a lawyer's.
        assert_eq!(asked("Qui a défendu Ludovic Payet ?"), ["lawyer"]);
        assert_eq!(asked("Siapa yang membela terdakwa?"), ["lawyer"]);
        // Leading is left to `leads_a_body`; a verb whose doer holds no role asks none.
        assert!(asked("Siapa yang memimpin putaran pendanaan?").is_empty());
        assert!(asked("Who found the body?").is_empty());
    }

    #[test]
    fn the_superlative_asked_picks_among_the_ages_a_sentence_gives() {
        use language::Superlative::{Oldest, Youngest};
        let text = "Pasien termuda adalah bayi berusia 8 bulan, sedangkan yang tertua seorang \
                    kakek berusia 79 tahun.";
        let fit = |written: &str, asked| {
            let start = text.find(written).expect("in the text");
            superlative_fit(text, &(start..start + written.len()), asked)
        };
        assert_eq!(fit("79 tahun", Oldest), SUPERLATIVE_SAID);
        assert_eq!(fit("8 bulan", Oldest), SUPERLATIVE_OTHER);
        assert_eq!(fit("8 bulan", Youngest), SUPERLATIVE_SAID);
        let asked = words("Quel âge avait le patient le plus âgé ?");
        assert_eq!(superlative_in(&asked, 0..asked.len()), Some(Oldest));
        let asked = words("Quel âge a-t-il, âgé de 40 ans ?");
        assert_eq!(superlative_in(&asked, 0..asked.len()), None);
    }

    #[test]
    fn days_apart_reads_days_and_months() {
        assert_eq!(days_apart("2026-05-31", "2026-06-11"), Some(11));
        assert_eq!(days_apart("2027-03", "2027-01-22"), Some(52));
        assert_eq!(days_apart("2027", "2027-01-22"), None);
    }

    #[test]
    fn a_winner_is_told_winning() {
        let text = "Le premier prix est revenu à Mme Akissi Marguerite Agnimel, 47 ans. \
                    Le jury était présidé par Jean-Claude Agnéro Békoin.";
        assert!(told_winning(
            text,
            &at_in(text, "Akissi Marguerite Agnimel")
        ));
        assert!(!told_winning(
            text,
            &at_in(text, "Jean-Claude Agnéro Békoin")
        ));
        let text = "Le grand maître Mykola Ostrovsky s'est imposé au terme des sept rondes.";
        assert!(told_winning(text, &at_in(text, "Mykola Ostrovsky")));
    }

    #[test]
    fn a_year_alone_hardly_answers_which_day() {
        let text =
            "Keempat pelaku ditangkap Kamis (10/9/2026). Sepanjang 2026 polisi mencatat 12 kasus.";
        let h = hit(text, Lang::Id, "2026-09-14");
        let fit = |day: bool, written: &str| {
            dates(&h, false, false, day)
                .into_iter()
                .find(|c| c.text == written)
                .map(|c| c.fit)
        };
        assert_eq!(fit(false, "2026"), Some(YEAR_ALONE));
        assert_eq!(fit(true, "2026"), Some(YEAR_FOR_DAY));
        assert_eq!(fit(true, "Kamis (10/9/2026)"), Some(1.0));
    }

    #[test]
    fn how_much_of_a_measured_thing_is_a_quantity() {
        let text = "The barge held 850,000 liters of diesel worth $1.1 million.";
        let h = hit(text, Lang::Other, "2025-06-01");
        let asked = AskedUnits::of("diesel barge holding");
        let found: Vec<(String, Option<Expect>)> = numbers(
            &h,
            Expect::Money,
            &asked,
            "how much diesel did the barge hold",
            true,
        )
        .into_iter()
        .map(|c| (c.text, c.kind))
        .collect();
        assert_eq!(
            found,
            [
                ("850,000 liters".to_string(), Some(Expect::Count)),
                ("$1.1 million".to_string(), None)
            ]
        );
        // A question naming a sum reads no measure.
        assert_eq!(
            numbers(
                &h,
                Expect::Money,
                &asked,
                "how much did the diesel cost",
                false
            )
            .len(),
            1
        );
    }

    #[test]
    fn par_before_an_article_is_by_not_per() {
        let text = "Pilkades menelan anggaran Rp 4,3 miliar dari APBD, atau rata-rata \
                    sekitar Rp 100 juta per desa.";
        let h = hit(text, Lang::Id, "2026-11-12");
        let mut asked = AskedUnits::of("élections organisées district");
        asked.total = true;
        let fits: Vec<(String, f32)> = numbers(&h, Expect::Money, &asked, "combien", false)
            .into_iter()
            .map(|c| (c.text, c.fit))
            .collect();
        assert!(fits[1].1 < fits[0].1, "{fits:?}");
        let lower = |t: &str| -> Vec<String> { t.split(' ').map(str::to_string).collect() };
        // A number closing its text has no word after it.
        assert!(!says_rate(&[], 0));
        assert!(!is_rate(
            "Dana sebesar Rp 5 juta",
            &quantities("Dana sebesar Rp 5 juta", Lang::Id)[0]
        ));
        assert!(!says_rate(&lower("organisées par le district"), 1));
        assert!(says_rate(&lower("50 euros par tête"), 2));
    }

    #[test]
    fn a_rate_is_a_likelier_answer_when_the_question_asks_one() {
        let text = "Harga gabah sempat anjlok hingga Rp 5.200 per kilogram. \
                    Pembangunan penggilingan menelan biaya Rp 3,8 miliar.";
        let h = hit(text, Lang::Id, "2026-11-20");
        let fit_of = |asked: &AskedUnits, question: &str| {
            numbers(&h, Expect::Money, asked, question, false)
                .into_iter()
                .find(|c| c.text.starts_with("Rp 5.200"))
                .map(|c| c.fit)
        };
        let mut asked = AskedUnits::of("cost to build the rice mill");
        let total = fit_of(&asked, "how much did it cost to build the rice mill");
        asked.rate = true;
        let rate = fit_of(&asked, "how much did it cost to build the rice mill");
        assert_eq!(
            total.zip(rate).map(|(t, r)| t / r),
            Some(RATE_NOT_ASKED),
            "{total:?} {rate:?}"
        );
    }

    #[test]
    fn a_rough_size_is_a_poorer_count_than_the_count_itself() {
        let text = "Puluhan sumur milik warga tercemar. Ternyata ada 37 sumur yang baunya sama.";
        let h = hit(text, Lang::Id, "2026-11-17");
        let asked = AskedUnits::of("wells smell petrol");
        let fits: Vec<(String, f32)> = numbers(&h, Expect::Count, &asked, "how many wells", false)
            .into_iter()
            .map(|c| (c.text, c.fit))
            .collect();
        let fit_of = |t: &str| fits.iter().find(|(x, _)| x == t).map(|(_, f)| *f);
        // One, in words, counts little.
        let text = "Satu wali murid mengadu. Sebanyak 412 murid baru membeli seragam.";
        let h = hit(text, Lang::Id, "2026-11-17");
        let asked = AskedUnits::of("pupils buy uniform");
        let one = numbers(&h, Expect::Count, &asked, "how many pupils", false)
            .into_iter()
            .find(|c| c.text.starts_with("Satu"))
            .map(|c| c.fit);
        let count = numbers(&h, Expect::Count, &asked, "how many pupils", false)
            .into_iter()
            .find(|c| c.text.starts_with("412"))
            .map(|c| c.fit);
        assert_eq!(
            one.zip(count).map(|(o, c)| o < c),
            Some(true),
            "{one:?} {count:?}"
        );
        let ratio = fit_of("Puluhan sumur")
            .zip(fit_of("37 sumur"))
            .map(|(r, c)| r / c);
        assert!(
            ratio.is_some_and(|r| (r - ROUGH_NUMBER).abs() < 1e-6),
            "{fits:?}"
        );
    }

    #[test]
    fn the_day_of_the_events_and_the_day_of_the_ruling() {
        let text = "Le tribunal a rendu son jugement ce mercredi 9 décembre. Les faits \
                    remontent au mardi 17 mars. Selon le résumé des faits lu à l'audience, \
                    des agents ont observé le bateau les 14 et 15 juillet.";
        let at = |date: &str| at_in(text, date);
        assert!(in_ruling(text, &at("mercredi 9 décembre")));
        assert!(!in_ruling(text, &at("mardi 17 mars")));
        assert!(tells_events(text, &at("mardi 17 mars")));
        assert!(!tells_events(text, &at("15 juillet")));
        assert!(!tells_events(text, &at("mercredi 9 décembre")));
    }

    #[test]
    fn the_day_a_question_names_is_found_in_any_form() {
        let days = days_named("Où doit se tenir la réunion du 19 novembre à Ngemplak ?");
        assert_eq!(days, ["11-19"]);
        let text = "Pertemuan lanjutan pada Kamis (19/11/2026) di Balai Desa Sawahan, \
                    setelah rapat Rabu (4/11/2026).";
        let found: Vec<&str> = days_named_in(text, Some("2026-11-17"), &days)
            .into_iter()
            .map(|[s, e]| &text[s..e])
            .collect();
        assert_eq!(found, ["19/11/2026"]);
        // A month alone names no day.
        assert!(days_named("Qu'a-t-on décidé en novembre 2026 ?").is_empty());
        assert_eq!(
            days_named("What happened on Thursday, November 19, 2026?"),
            ["11-19"]
        );
    }

    /// An article of one passage per text, in order.
    fn stored_article(texts: &[&str], lang: Lang) -> Vec<StoredPassage> {
        texts
            .iter()
            .enumerate()
            .map(|(k, t)| StoredPassage {
                passage: k as u64,
                ..stored(t, lang)
            })
            .collect()
    }

    /// An article's only passage, as the index gives it back.
    fn stored(text: &str, lang: Lang) -> StoredPassage {
        StoredPassage {
            doc: "a.txt".to_string(),
            title: String::new(),
            date: None,
            source: None,
            url: None,
            authors: Vec::new(),
            lang,
            passage: 0,
            text: text.to_string(),
        }
    }

    #[test]
    fn the_holders_of_a_trade_asked() {
        let article = [
            stored(
                "Un patron-pêcheur de Douarnenez, Yannick Le Floch, a été condamné mardi.",
                Lang::Fr,
            ),
            stored(
                "La juge Hélène Marzin a suivi les réquisitions du parquet.",
                Lang::Fr,
            ),
        ];
        let texts: Vec<&str> = article.iter().map(|p| p.text.as_str()).collect();
        let people = people::recognise(&texts);
        let holders = |question: &str| -> Vec<String> {
            let roles: Vec<(usize, f32)> = roles_in_question(&words(question))
                .into_iter()
                .map(|k| (k, ROLE_ASKED))
                .collect();
            holders_of_trade(&article, &people, &roles, &HashSet::new(), &HashSet::new())
                .into_iter()
                .map(str::to_string)
                .collect()
        };
        assert_eq!(
            holders("which judge sentenced the fisherman"),
            ["Hélène Marzin"]
        );
        // A chief is no trade: every body has one.
        assert!(holders("who is the head of the fishing crew").is_empty());
    }

    #[test]
    fn a_place_set_in_the_one_the_question_names() {
        let text = "Kios berada di Desa Tindaki, Kecamatan Parigi Selatan, dan Desa Malakosa, \
                    Kecamatan Balinggi.";
        let named = at_in(text, "Balinggi");
        let highlights = [[named.start, named.end]];
        assert!(set_in_named(
            text,
            &at_in(text, "Desa Malakosa"),
            &highlights
        ));
        assert!(!set_in_named(
            text,
            &at_in(text, "Desa Tindaki"),
            &highlights
        ));
        // Every word of the name, not one it shares with the place named.
        let text = "Posko di Pekon Seray, Kecamatan Pesisir Tengah. Truk diisi di Pekon \
                    Lintik, Kecamatan Pesisir Barat.";
        let pesisir = at_in(text, "Pesisir Barat");
        let highlights = [
            [at_in(text, "Pesisir").start, at_in(text, "Pesisir").end],
            [pesisir.start, pesisir.end],
        ];
        assert!(!set_in_named(
            text,
            &at_in(text, "Pekon Seray"),
            &highlights
        ));
        assert!(set_in_named(
            text,
            &at_in(text, "Pekon Lintik"),
            &highlights
        ));
    }

    #[test]
    fn a_hill_is_no_one_s_name() {
        assert!(!shaped_as_a_person("Bukit Indah"));
        assert!(shaped_as_a_person("Cut Nurul Hayati"));
    }

    #[test]
    fn two_of_one_family_are_not_one_person() {
        assert!(kin("Jomar Abalos", "Rodelio Abalos"));
        assert!(!kin("Jomar Abalos", "Jomar Abalos"));
        assert!(!kin("Jomar Abalos", "Abalos"));
        assert!(!kin("J. Abalos", "Jomar Abalos"));
        // A title makes a name longer, not another's.
        assert!(!kin("AKBP Budi Santoso", "Budi Santoso"));
        assert!(!kin("Budi Santoso", "Budi Hartono"));
    }

    #[test]
    fn a_noun_of_people_asks_a_person() {
        assert!(asks_by_a_person_noun(&words(
            "Siapa anggota dewan kota yang menolak?"
        )));
        assert!(asks_by_a_person_noun(&words(
            "Which Kalgoorlie-Boulder councillor opposed it?"
        )));
        assert!(!asks_by_a_person_noun(&words(
            "Siapa yang membangun jembatan itu?"
        )));
    }

    #[test]
    fn an_elided_name_is_named() {
        let article = [stored(
            "Le festival choral de l'Estrie s'est conclu.",
            Lang::Fr,
        )];
        assert!(names_any(&article, "Estrie"));
        assert!(!names_any(&article, "Sherbrooke"));
    }

    #[test]
    fn a_place_is_named_in_the_article_s_language() {
        let article = [stored(
            "Three men who stole catalytic converters across Cornwall were jailed.",
            Lang::Other,
        )];
        assert!(names_any(&article, "Cornouailles"));
        // No word of a longer name is translated alone.
        let article = [stored("Banjir melanda Kalimantan Barat.", Lang::Id)];
        assert!(!names_any(&article, "West Kelowna"));
    }

    #[test]
    fn a_rank_before_any_mention_makes_an_officer() {
        let texts = [
            "Kasat Reskrim Polres Kediri, AKP Dimas Prasetyo, mengatakan Hendra Kusuma ditangkap.",
            "\"Mereka beraksi dini hari,\" ujar Dimas.",
        ];
        let article = stored_article(&texts, Lang::Id);
        let people = people::recognise(&texts);
        let name = |n: &str| {
            people
                .mentions
                .iter()
                .find(|m| m.name.contains(n))
                .map(|m| m.name.clone())
                .unwrap_or_default()
        };
        assert!(holds_a_rank(&article, &people, &name("Dimas")));
        assert!(!holds_a_rank(&article, &people, &name("Hendra")));
    }

    #[test]
    fn an_age_of_someone_sharing_a_title_word_counts_less() {
        let texts = [
            "Ketua tim peneliti, Prof. Dr. La Ode Safiuddin (58), menjelaskan suhu laut.",
            "Pemandu selam asal Tomia, Wa Ode Hasnia (29), mengaku melihat perubahan.",
        ];
        let article = stored_article(&texts, Lang::Id);
        let ages = ages_in_article("a.txt", &article, "Wa Ode Hasnia");
        let score = |age: &str| ages.iter().find(|f| f.text == age).map(|f| f.score);
        assert_eq!(score("29"), Some(1.0));
        assert_eq!(score("58"), Some(SHARED_NAME_WORD));
        assert!(whole_name_of("Mark Zuckerberg", "Zuckerberg"));
    }

    fn hit(text: &str, lang: Lang, date: &str) -> Hit {
        Hit {
            rank: 1,
            score: 1.0,
            doc: "a.txt".to_string(),
            title: String::new(),
            date: Some(date.to_string()),
            source: None,
            url: None,
            authors: Vec::new(),
            lang,
            passage: 0,
            text: text.to_string(),
            snippet: String::new(),
            highlights: Vec::new(),
            snippet_highlights: Vec::new(),
            explain: None,
            more_in_article: 0,
            also: Vec::new(),
        }
    }

    #[test]
    fn a_person_beside_the_noun_asked() {
        let nouns = nouns_asked(&words("quelle élue a saisi la justice ?"));
        assert_eq!(nouns.first().map(String::as_str), Some("elue"));
        // A role of the tables, a kind of place or a common word is asked otherwise.
        assert!(nouns_asked(&words("quel maire a signé ?")).is_empty());
        assert!(nouns_asked(&words("which village was flooded?")).is_empty());
        let text = "Le dossier a été révélé par une élue d'opposition, Marie Durand. \
                    Paul Martin a refusé.";
        assert_eq!(
            noun_gain(text, &at_in(text, "Marie Durand"), &nouns),
            NOUN_ASKED
        );
        assert_eq!(noun_gain(text, &at_in(text, "Paul Martin"), &nouns), 1.0);
        // The same word in another language, by its first seven letters.
        let text = "Le biologiste Jean Roux suit la meute.";
        let biologist = nouns_asked(&words("which biologist has followed the pack?"));
        assert_eq!(
            noun_gain(text, &at_in(text, "Jean Roux"), &biologist),
            NOUN_ASKED
        );
    }

    /// The dates `dates` reads in `text`, as written, in an article of `date`.
    fn date_texts(text: &str, lang: Lang, date: &str) -> Vec<String> {
        dates(&hit(text, lang, date), false, false, false)
            .into_iter()
            .map(|c| c.text)
            .collect()
    }

    #[test]
    fn a_weekday_with_its_day_in_brackets_is_one_date() {
        let text = "Farmers began receiving compensation on Thursday (April 23), officials said.";
        assert_eq!(
            date_texts(text, Lang::Other, "2026-04-25"),
            ["Thursday (April 23)"]
        );
    }

    /// The places `places` reads in `text`, no kind of place asked.
    fn place_texts(text: &str, lang: Lang) -> Vec<String> {
        places(&hit(text, lang, "2025-01-10"), false, &HashSet::new())
            .into_iter()
            .map(|c| c.text)
            .collect()
    }

    #[test]
    fn a_venue_by_its_name_or_the_kind_before_it() {
        let venue = |text: &str, name: &str| {
            let at = text.find(name).unwrap_or(0);
            a_venue(text, &(at..at + name.len()))
        };
        let text = "La réunion se tiendra à la salle des fêtes de Lavaur, puis à Lavaur.";
        assert!(venue(text, "Lavaur"));
        assert!(!venue("La réunion se tiendra à Lavaur.", "Lavaur"));
        assert!(venue(
            "Rapat digelar di Aula Kantor Camat Tanjung.",
            "Aula Kantor Camat Tanjung"
        ));
        assert!(venue(
            "The meeting is at the Cobram Civic Centre.",
            "Cobram Civic Centre"
        ));
        // A street is no venue.
        assert!(!venue("Gudang itu berada di Jalan Pemuda.", "Jalan Pemuda"));
    }

    #[test]
    fn a_kind_of_place_in_several_words_before_the_name() {
        let got = place_texts(
            "La scierie est installée dans la zone d'activités des Bruyères depuis 1987.",
            Lang::Fr,
        );
        assert!(got.contains(&"Bruyères".to_string()), "{got:?}");
        let got = place_texts(
            "Les élèves suivent les cours dans la salle des fêtes Marcel-Pagnol.",
            Lang::Fr,
        );
        assert!(
            got.contains(&"salle des fêtes Marcel-Pagnol".to_string()),
            "{got:?}"
        );
        // Such a place is of the kind asked ("which business park").
        let kinds: HashSet<String> = ["parc".to_string()].into_iter().collect();
        let text = "Le foirail sera construit au parc d'activités des Grands-Champs.";
        let at = text.find("Grands-Champs").unwrap_or(0);
        assert!(introduced_by_kind(text, &(at..text.len() - 1), &kinds));
        assert!(!introduced_by_kind(
            text,
            &(at..text.len() - 1),
            &HashSet::new()
        ));
        // After an elided "of" (`du fokontany d'Ambohibary-Sud`).
        let kinds = kinds_of_place_asked(&words("In which fokontany was the health centre built"));
        let text = "Le centre de santé du fokontany d'Ambohibary-Sud a été inauguré.";
        let at = text.find("Ambohibary").unwrap_or(0);
        let name = at..at + "Ambohibary-Sud".len();
        assert!(introduced_by_kind(text, &name, &kinds));
    }

    #[test]
    fn a_building_and_its_place_or_the_site_a_part_is_of() {
        let got = place_texts(
            "Elle a été évacuée vers le centre hospitalier de Rodez.",
            Lang::Fr,
        );
        assert!(
            got.contains(&"centre hospitalier de Rodez".to_string()),
            "{got:?}"
        );
        // The noun capitalised after an elided article.
        let got = place_texts(
            "Sophie Charbonneau, infirmière à l'Hôpital général de Hawkesbury, témoigne.",
            Lang::Fr,
        );
        assert!(
            got.contains(&"Hôpital général de Hawkesbury".to_string()),
            "{got:?}"
        );
        // So when a hospital is asked (`di rumah sakit mana`), no settlement.
        let kinds: HashSet<String> = ["rumah sakit", "hôpital", "hospital"]
            .iter()
            .map(|k| k.to_string())
            .collect();
        let text = "Sophie Charbonneau, infirmière à l'Hôpital général de Hawkesbury, témoigne.";
        let got: Vec<String> = places(&hit(text, Lang::Fr, "2025-01-10"), false, &kinds)
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert_eq!(got, ["Hôpital général de Hawkesbury"]);
        // The building of the kind asked has its noun for core, not the place, which
        // the question may name; another kind has the place.
        let text = "Les blessés ont été évacués vers l'hôpital régional de Kankan.";
        let core = |kinds: &HashSet<String>| -> Vec<String> {
            places(&hit(text, Lang::Fr, "2025-01-10"), false, kinds)
                .into_iter()
                .map(|c| text[c.core].to_string())
                .collect()
        };
        assert_eq!(core(&kinds), ["hôpital"]);
        assert_eq!(core(&HashSet::new()), ["Kankan"]);
        // An indefinite building is no one's name: the place is.
        let got = place_texts(
            "Les bouteilles étaient dans un entrepôt de Libourne.",
            Lang::Fr,
        );
        assert!(got.contains(&"Libourne".to_string()), "{got:?}");
        assert!(!got.iter().any(|p| p.contains("entrepôt")), "{got:?}");
        // Indonesian names the part of a site before it, with no "of".
        let got = place_texts(
            "Salat Jumat digelar di halaman Madrasah Nurul Iman.",
            Lang::Id,
        );
        assert!(got.contains(&"Madrasah Nurul Iman".to_string()), "{got:?}");
    }

    #[test]
    fn a_day_right_after_the_verb_asked_is_the_event_s() {
        // Whether `day` of `text` is told right after `word`, the question's word there.
        let told = |text: &str, day: &str, word: &str| {
            let word = at_in(text, word);
            told_right_after_asked(text, &at_in(text, day), &[[word.start, word.end]])
        };
        let text = "Kapolres mengatakan tersangka ditangkap pada Senin (9/3/2026) malam.";
        assert!(told(text, "Senin (9/3/2026)", "ditangkap"));
        // A capitalised word of the question before it is a name, not the event.
        assert!(!told(text, "Senin (9/3/2026)", "Kapolres"));
        // French writes an adjective before `le` too: only a participle is a verb there.
        let text = "Une consultation publique le 9 décembre, la publication prévue le 2 décembre.";
        assert!(!told(text, "9 décembre", "publique"));
        assert!(told(text, "2 décembre", "prévue"));
        let text = "Warga melapor ke Polres Bireuen pada 18 November 2025.";
        assert!(!told(text, "18 November 2025", "Bireuen"));
    }

    #[test]
    fn a_noun_introducing_a_name_is_counted_in_words_not_commas() {
        let text = "Babacar Sow, 47 ans, éleveur venu de Linguère, attend.";
        let forms = vec!["eleveur".to_string()];
        assert!(introduced_by(text, &at_in(text, "Babacar Sow"), &forms));
    }

    #[test]
    fn one_of_something_is_asked_by_its_unit_joined_to_a_number() {
        let lower =
            |q: &str| -> Vec<String> { words(q).iter().map(|w| w.lower().into_owned()).collect() };
        assert!(asks_one_of(&lower(
            "how much does a 3-kilogram LPG cylinder cost"
        )));
        assert!(asks_one_of(&lower("how much does each ticket cost")));
        assert!(!asks_one_of(&lower("how much did the new market cost")));
    }

    #[test]
    fn a_sum_far_smaller_than_the_total_keeps_less() {
        assert_eq!(total_fit(3.6e9, 3.6e9), 1.0);
        assert_eq!(total_fit(1.2e9, 3.6e9), NOT_THE_TOTAL);
        assert_eq!(total_fit(600.0, 3.6e9), NOT_THE_TOTAL * NOT_THE_TOTAL);
    }

    #[test]
    fn a_date_of_another_year_than_the_question_names_fits_less() {
        let asked = years_written("Kapan rapat umum evaluasi Foire aux fromages Mauriac 2026?");
        assert_eq!(asked, [2026]);
        let article = Some(2026);
        assert_eq!(
            year_fit(
                "samedi 4 et dimanche 5 septembre 2027",
                &asked,
                article,
                false
            ),
            YEAR_NOT_ASKED
        );
        assert_eq!(year_fit("vendredi 16 octobre", &asked, article, false), 1.0);
        assert_eq!(year_fit("16 octobre 2026", &asked, article, false), 1.0);
        // Both years of a span asked.
        let asked = years_written("quand est la rentrée académique 2026-2027");
        assert_eq!(
            year_fit("lundi 5 octobre 2026", &asked, article, false),
            1.0
        );
        assert_eq!(year_fit("2025", &[], article, false), 1.0);
        // The article's own year is no other year.
        let asked = years_written("when did auditors examine the 2025 village fund");
        assert_eq!(year_fit("Senin (6/4/2026)", &asked, article, false), 1.0);
        assert_eq!(
            year_fit("Agustus 2024", &asked, article, false),
            YEAR_NOT_ASKED
        );
        // A state's start asked comes before the years the question names.
        assert_eq!(year_fit("14 Desember 2025", &[2026], article, true), 1.0);
    }

    #[test]
    fn a_noun_introducing_a_name_may_be_spelled_as_indonesian_borrows_it() {
        let text =
            "Koperasi mulai menjual langsung kepada eksportir PT Nusa Utara Rempah di Kota Bitung.";
        let forms = vec!["exporter".to_string()];
        assert!(introduced_by(
            text,
            &at_in(text, "PT Nusa Utara Rempah"),
            &forms
        ));
        assert!(!introduced_by(text, &at_in(text, "Bitung"), &forms));
    }

    #[test]
    fn the_noun_whose_name_is_asked_is_a_noun_asked() {
        let nouns = nouns_asked(&words(
            "comment s'appelle l'infirmière qui a donné l'alerte",
        ));
        assert!(nouns.contains(&folded("infirmière")), "{nouns:?}");
        let nouns = nouns_asked(&words("what is the name of the shepherd who lost his ewes"));
        assert!(nouns.contains(&folded("shepherd")), "{nouns:?}");
    }

    #[test]
    fn where_someone_was_taken_is_a_place() {
        let got = place_texts(
            "Vers 10 h 40, il a été blessé. Il avait été héliporté vers le CHU de Bordeaux.",
            Lang::Fr,
        );
        assert_eq!(got, ["CHU de Bordeaux"]);
    }

    #[test]
    fn a_currency_s_mark_and_a_titled_person_are_no_places() {
        let got = place_texts(
            "\"We still buy water for the animals at KSh 20 per jerrican,\" he said.",
            Lang::Other,
        );
        assert!(got.is_empty(), "{got:?}");
        let got = place_texts(
            "County Veterinary Officer Dr Samuel Kiptoo warned traders in Kitale.",
            Lang::Other,
        );
        assert!(!got.iter().any(|p| p.contains("Kiptoo")), "{got:?}");
        // A street named after someone is one.
        let got = place_texts("Kantornya di Jalan Dr Sutomo Kota Kupang.", Lang::Id);
        assert!(got.iter().any(|p| p.starts_with("Jalan Dr")), "{got:?}");
    }

    #[test]
    fn an_address_is_no_count() {
        let text = "Le feu a pris dans la boulangerie, située au 27 rue de la République. \
                    Quelque 42 hommes ont été mobilisés.";
        let h = hit(text, Lang::Fr, "2026-10-05");
        let topic = "pompiers incendie boulangerie";
        let got: Vec<String> = numbers(&h, Expect::Count, &AskedUnits::of(topic), topic, false)
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(!got.iter().any(|t| t.contains("rue")), "{got:?}");
        assert!(got.iter().any(|t| t.starts_with("42")), "{got:?}");
    }

    #[test]
    fn a_name_with_a_company_s_legal_form_is_no_place() {
        let got = place_texts(
            "La Ville a accordé un contrat à Transport Pelletier inc., une entreprise de Mont-Joli.",
            Lang::Fr,
        );
        assert!(!got.iter().any(|p| p.contains("Pelletier")), "{got:?}");
        assert!(got.iter().any(|p| p == "Mont-Joli"), "{got:?}");
    }

    #[test]
    fn where_someone_lives_is_a_place() {
        for (text, lang, place) in [
            (
                "Corinne Vidal, 44 ans, habitante de Saint-Chély, attend.",
                Lang::Fr,
                "Saint-Chély",
            ),
            (
                "Korban, warga Desa Tanjungsari, ditemukan sore.",
                Lang::Id,
                "Desa Tanjungsari",
            ),
            (
                "The driver, a resident of Dubbo, was airlifted.",
                Lang::Other,
                "Dubbo",
            ),
            // A town after a person's age.
            (
                "The ringleader, Liam Trevaskis, 31, of Camborne, was jailed.",
                Lang::Other,
                "Camborne",
            ),
        ] {
            assert!(
                place_texts(text, lang).contains(&place.to_string()),
                "{text}"
            );
        }
    }

    fn at_in(text: &str, name: &str) -> Range<usize> {
        let start = text.find(name).unwrap_or(0);
        start..start + name.len()
    }

    #[test]
    fn a_venue_may_hold_a_conjunction() {
        let text = "The count ended at the Willowburn Sports and Leisure Centre at 2am. \
                    Voters in Alnwick and Morpeth queued.";
        assert_eq!(
            place_texts(text, Lang::Other),
            ["Willowburn Sports and Leisure Centre", "Alnwick"]
        );
    }

    #[test]
    fn a_venue_s_word_after_a_name_is_english_s_order() {
        let text = "L'ancien marché central de Gitega avait été démoli. \
                    Traders moved to the Kotokuraba market.";
        let got = place_texts(text, Lang::Other);
        assert!(!got.iter().any(|p| p == "L'ancien"), "{got:?}");
        assert!(got.iter().any(|p| p == "Kotokuraba"), "{got:?}");
    }

    #[test]
    fn a_place_named_by_its_kind_after_a_title_in_one_run_of_capitals() {
        let text = "Vonis untuk mantan Hukum Tua Desa Tounelet Raya, Kecamatan Kakas Barat.";
        let got = place_texts(text, Lang::Id);
        assert!(got.contains(&"Desa Tounelet Raya".to_string()), "{got:?}");
    }

    #[test]
    fn a_place_named_by_its_kind_opening_a_sentence_after_the_article() {
        let text = "The storm struck on Tuesday. The Mabouya Valley was the hardest hit.";
        let got = place_texts(text, Lang::Other);
        assert!(got.contains(&"Mabouya Valley".to_string()), "{got:?}");
        assert!(!got.iter().any(|p| p.starts_with("The ")), "{got:?}");
    }

    #[test]
    fn venues_are_places() {
        let text = "Fans queued on Friday at the Rogers Arena in Vancouver. \
                    La finale s'est jouée au Stade Pierre-Mauroy ; le Palais des Sports affichait complet.";
        let got: Vec<(String, f32)> = places(
            &hit(text, Lang::Other, "2025-01-10"),
            false,
            &HashSet::new(),
        )
        .into_iter()
        .map(|c| (c.text, c.fit))
        .collect();
        assert_eq!(
            got,
            [
                ("Rogers Arena".to_string(), 1.0),
                ("Vancouver".to_string(), 1.0),
                ("Stade Pierre-Mauroy".to_string(), 1.0),
                ("Palais des Sports".to_string(), VENUE),
            ]
        );
        let text = "Para pengungsi ditampung di Gedung Serbaguna Kecamatan. Warga menuju lapangan.";
        let got = place_texts(text, Lang::Id);
        assert_eq!(got, ["Gedung Serbaguna Kecamatan"]);
        // An article before a venue's noun names nothing, even where no period marks
        // the sentence's start.
        let text = "Lyon, 3 mars (AFP) – Le stade de Gerland a rouvert jeudi.";
        let got = place_texts(text, Lang::Fr);
        assert!(!got.contains(&"Le".to_string()), "{got:?}");
    }

    #[test]
    fn a_place_in_front_of_a_venue_and_no_currency_mark() {
        let text = "The association plans to form a human chain in front of the Cox's \
                    Bazar Press Club. Farmers were selling salt at Tk 180 per maund.";
        let got = place_texts(text, Lang::Other);
        assert!(
            got.contains(&"Cox's Bazar Press Club".to_string()),
            "{got:?}"
        );
        assert!(!got.iter().any(|p| p.starts_with("Tk")), "{got:?}");
        // Where someone is from, after their age and what they do.
        let text = "Gérard Chabrand, 71 ans, retraité de L'Argentière-la-Bessée, a passé son \
                    examen.";
        let got = place_texts(text, Lang::Fr);
        assert!(
            got.contains(&"L'Argentière-la-Bessée".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn places_introduced_by_their_kind_in_lower_case() {
        let text = "L'usine sera bâtie sur une friche du quartier Vauban. \
                    Warga kecamatan Sukamaju mengungsi. Rain hit the village of Tulsipur. \
                    Un bâtiment exigu de la rue de Behogne.";
        let got: Vec<(String, f32)> = places(
            &hit(text, Lang::Other, "2025-01-10"),
            false,
            &HashSet::new(),
        )
        .into_iter()
        .map(|c| (c.text, c.fit))
        .collect();
        assert_eq!(
            got,
            [
                ("quartier Vauban".to_string(), PLACE_BY_ITS_KIND),
                ("kecamatan Sukamaju".to_string(), PLACE_BY_ITS_KIND),
                ("Tulsipur".to_string(), PLACE_BY_ITS_KIND),
                // A street's noun is a word of its name.
                ("rue de Behogne".to_string(), PLACE_BY_ITS_KIND),
            ]
        );
        // "of" elided before the name.
        let text = "Ils avaient attaqué le fokontany d'Ambararata, dans la commune rurale.";
        let got = place_texts(text, Lang::Fr);
        assert!(got.contains(&"Ambararata".to_string()), "{got:?}");
        // Past an elided article, and "of" with its own article.
        let text = "Un terrain vacant de l'avenue Saint-Rédempteur. Le stade de la rue des \
                    Scieries. Une déviation par le pont de la Libération. Le marché sera \
                    transféré sur l'esplanade des Tanneurs. Le village des producteurs \
                    s'installera sur l'esplanade du Jardin d'Allard.";
        let got = place_texts(text, Lang::Fr);
        for place in [
            "avenue Saint-Rédempteur",
            "rue des Scieries",
            "pont de la Libération",
            "esplanade des Tanneurs",
            "esplanade du Jardin d'Allard",
        ] {
            assert!(got.contains(&place.to_string()), "{got:?}");
        }
    }

    #[test]
    fn a_rank_before_a_name_is_a_title_not_the_role() {
        let text = "Le gouverneur de la région administrative de Kankan, le général de \
                    brigade Sékouba Traoré, a ordonné la fermeture des sites.";
        let before = words(&text[..text.find("Sékouba").unwrap_or(0)]);
        assert!(
            role_phrase(&before).iter().any(|w| w.text == "gouverneur"),
            "{:?}",
            role_phrase(&before)
                .iter()
                .map(|w| w.text)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_count_ends_on_its_noun_not_on_of() {
        let text = "Council voted to turn 112 lots of bought-back flood land into parkland.";
        let h = hit(text, Lang::Other, "2026-06-10");
        let units = AskedUnits::of("lots of bought-back flood land are to be turned into parkland");
        let got: Vec<String> = numbers(&h, Expect::Count, &units, "", false)
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert_eq!(got, ["112 lots"]);
    }

    #[test]
    fn a_kind_of_place_alone_names_no_place() {
        let text = "La colère gronde chez les parents d'élèves du Lycée technique agricole de \
                    Natitingou (LTAN).";
        let got = place_texts(text, Lang::Fr);
        assert!(!got.iter().any(|p| p == "Lycée"), "{got:?}");
    }

    #[test]
    fn an_english_venue_word_after_the_name_is_a_word_of_it() {
        let text = "The plant was opened on the Alotau waterfront on Friday.";
        let got = place_texts(text, Lang::Other);
        assert!(got.contains(&"Alotau waterfront".to_string()), "{got:?}");
    }

    #[test]
    fn a_venue_introduced_by_its_word_in_lower_case_where_it_comes_first() {
        let text = "Une autre collecte aura lieu au marché Arzéké le samedi 21 février.";
        let got = place_texts(text, Lang::Fr);
        assert!(got.contains(&"marché Arzéké".to_string()), "{got:?}");
        let text = "Le service occupe le deuxième étage du pavillon des Tilleuls depuis juin.";
        let got = place_texts(text, Lang::Fr);
        assert!(got.contains(&"Tilleuls".to_string()), "{got:?}");
        let text = "Farmers sold at the market Tuesday in Kisumu.";
        let got = place_texts(text, Lang::Other);
        assert!(!got.iter().any(|p| p.starts_with("market")), "{got:?}");
    }

    #[test]
    fn a_place_after_a_compound_noun_of_place() {
        let got = place_texts(
            "Il a été condamné jeudi au palais de justice de Percé à payer une amende.",
            Lang::Fr,
        );
        assert!(got.contains(&"Percé".to_string()), "{got:?}");
    }

    #[test]
    fn a_place_of_six_capitalised_words_but_no_company() {
        let text = "Sosialisasi digelar di Aula Kantor Camat Pamona Puselemba. The work went \
                    to Blue Reef Marine Services Ltd, a local firm.";
        assert_eq!(
            place_texts(text, Lang::Other),
            ["Aula Kantor Camat Pamona Puselemba"]
        );
    }

    #[test]
    fn a_currency_glued_to_its_sum_is_no_place() {
        let text = "The board will buy maize at Sh3,200 per bag at Kapseret.";
        assert_eq!(place_texts(text, Lang::Other), ["Kapseret"]);
    }

    #[test]
    fn a_firm_s_seat_is_no_place() {
        // The town, as where the firm is based; not the adjective.
        let text = "The contract went to a Townsville-based company in Mount Isa.";
        assert_eq!(place_texts(text, Lang::Other), ["Mount Isa", "Townsville"]);
    }

    #[test]
    fn an_english_resident_is_named_after_the_place() {
        let text = "Kirwan resident Noeline Tapsell, 71, welcomed it. A resident of Aitkenvale \
                    spoke too.";
        assert_eq!(place_texts(text, Lang::Other), ["Aitkenvale"]);
        // A drive is a street.
        let text = "The hall on Thuringowa Drive was built in 1998.";
        assert_eq!(place_texts(text, Lang::Other), ["Thuringowa Drive"]);
    }

    #[test]
    fn a_capitalised_article_opens_a_place_name() {
        let text = "Elle tient un snack à La Saline-les-Bains. La foire a lieu à la Halle \
                    Tony Garnier.";
        let got = place_texts(text, Lang::Fr);
        assert_eq!(got, ["La Saline-les-Bains", "Halle Tony Garnier"]);
    }

    #[test]
    fn places_near_and_close_to() {
        let text = "Le camp se trouve près de Maripasoula. The depot stands near Dumaguete. \
                    Gudang itu dekat Pelabuhan Tanjung Emas.";
        let got = place_texts(text, Lang::Other);
        assert_eq!(got, ["Maripasoula", "Dumaguete", "Pelabuhan Tanjung Emas"]);
    }

    #[test]
    fn a_place_and_what_it_is_of() {
        let text = "Les infirmiers ont été formés au CHU de Treichville. She studied at the \
                    University of Otago in March. Mereka datang ke Jakarta dari Bandung. \
                    Le salon se tient à Lyon de mars à juin. La réunion aura lieu à la \
                    Chambre de commerce de Rennes.";
        let got = place_texts(text, Lang::Other);
        assert_eq!(
            got,
            [
                "CHU de Treichville",
                "University of Otago",
                "Jakarta",
                "Bandung",
                "Lyon",
                "Chambre de commerce de Rennes"
            ]
        );
    }

    #[test]
    fn where_a_body_is_based() {
        let text = "The route is run by Penrith-based Fellside Travel. Le contrat revient \
                    à Pelletier, une entreprise de Mont-Joli. A well-based plan is no place, \
                    nor is the société des transports.";
        let got = place_texts(text, Lang::Other);
        assert_eq!(got, ["Pelletier", "Penrith", "Mont-Joli"]);
    }

    #[test]
    fn places_named_by_their_kind() {
        let text = "Petugas menyebut Kecamatan Sukajadi sebagai wilayah terparah. \
                    The ferry docked at dawn and Tagum City officials met it. \
                    GENERAL SANTOS CITY — Rain fell.";
        let got = place_texts(text, Lang::Other);
        // A dateline in capitals is no name of a place's kind.
        assert_eq!(got, ["Kecamatan Sukajadi", "Tagum City"]);
    }

    #[test]
    fn who_someone_is() {
        for q in [
            "who is the epidemiologist who warned of the outbreak",
            "qui est l'administratrice judiciaire",
            "siapa pemilik kafe itu",
            "Siapa petugas yang pertama datang",
        ] {
            assert!(asks_who_someone_is(&words(q)), "{q}");
        }
        for q in [
            "siapa yang membangun jembatan itu",
            "siapa memimpin rapat itu",
            "who built the bridge",
            "siapa Pemkab",
        ] {
            assert!(!asks_who_someone_is(&words(q)), "{q}");
        }
    }

    #[test]
    fn a_country_or_a_subdivision_of_the_kind_asked_is_a_place() {
        let text = "Le projet de Kerbiquet, porté par Vents d'Armor, se trouve dans les \
                    Côtes-d'Armor, à une heure de Rennes.";
        let kinds: HashSet<String> = ["département".to_string(), "department".to_string()]
            .into_iter()
            .collect();
        let got: Vec<String> = places(&hit(text, Lang::Fr, "2026-11-10"), false, &kinds)
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(got.contains(&"Côtes-d'Armor".to_string()), "{got:?}");
        assert!(territory_of_kind("Côtes-d'Armor", &kinds));
        // Not of the kind asked, or no kind asked.
        assert!(!territory_of_kind("Rennes", &kinds));
        assert!(!territory_of_kind("Côtes-d'Armor", &HashSet::new()));
        let cantons: HashSet<String> = ["canton".to_string()].into_iter().collect();
        assert!(!territory_of_kind("Côtes-d'Armor", &cantons));
        assert!(territory_of_kind("Vaud", &cantons));
    }

    #[test]
    fn the_outlet_credited_in_a_dateline_is_no_person() {
        let text = "CASTRIES, Saint Lucia (Windward Herald) – A total of 312 farmers were paid.";
        let at = text.find("Windward").unwrap_or_default();
        assert!(credited_in_dateline(
            text,
            &(at..at + "Windward Herald".len())
        ));
        let text = "Relief was paid, said Augustin Mathurin (WBGC) – a farmer.";
        let at = text.find("Augustin").unwrap_or_default();
        assert!(!credited_in_dateline(
            text,
            &(at..at + "Augustin Mathurin".len())
        ));
    }

    #[test]
    fn a_passive_verb_of_leading_names_the_leader() {
        for (text, name) in [
            (
                "La structure est dirigée par Dr Aïssatou Bah, agronome.",
                "Aïssatou Bah",
            ),
            (
                "Tindakan pertama itu dipimpin dr. Maria Kambuaya, Sp.JP.",
                "Maria Kambuaya",
            ),
            (
                "Tim ekskavasi yang dipimpin arkeolog Dr. Anindya Kusumawardani.",
                "Anindya",
            ),
            (
                "The inquiry is led by retired judge Mary Otieno.",
                "Mary Otieno",
            ),
        ] {
            let at = text.find(name).unwrap_or_default();
            assert!(led_by_before(text, &(at..at + name.len())), "{text}");
        }
        let text = "Le préfet a reçu Aïssatou Bah, agronome.";
        let at = text.find("Aïssatou").unwrap_or_default();
        assert!(!led_by_before(text, &(at..at + 12)));
    }

    #[test]
    fn a_short_abbreviation_inside_a_name_ends_no_sentence() {
        let ws = words("Direktur RSUD Hi. Rasyid Lamato, dr. Irwan Podungge");
        let at = ws.iter().position(|w| w.text == ".").unwrap_or_default();
        assert!(abbreviated_before(&ws, at));
        for text in [
            "Begitu kata Ani. Ia pulang.",
            "He lives in the US. The farm",
        ] {
            let ws = words(text);
            let at = ws.iter().position(|w| w.text == ".").unwrap_or_default();
            assert!(!abbreviated_before(&ws, at), "{text}");
        }
    }

    #[test]
    fn names_shaped_as_a_person() {
        assert!(shaped_as_a_person("Marie-Claude Vasseur"));
        assert!(shaped_as_a_person("Budi Santoso"));
        for not_a_person in [
            "Eel River Bridge",
            "Kecamatan Sukajadi",
            "PT Sinar Jaya",
            "Santos",
        ] {
            assert!(!shaped_as_a_person(not_a_person), "{not_a_person}");
        }
    }

    #[test]
    fn the_one_named_before_a_comma_is_asked() {
        assert_eq!(
            named_before_comma("berapa umur Dimas, adik Rina Kusuma yang terluka"),
            Some("Dimas")
        );
        assert_eq!(
            named_before_comma("how old is Ana Sousa, the club's captain"),
            Some("Ana Sousa")
        );
        assert_eq!(named_before_comma("how old is Ana Sousa"), None);
    }

    #[test]
    fn an_adjective_of_a_country_is_no_subject() {
        let question = |text: &str| crate::plan::understand_question(text, Default::default());
        let subject_of = |text: &str| {
            question(text)
                .ok()
                .and_then(|(_, q)| subject(&q))
                .unwrap_or_default()
        };
        assert_eq!(
            subject_of("where was the Kenyan national marathon trial held"),
            ""
        );
        assert_eq!(subject_of("how old is Brian Okafor"), "Brian Okafor");
        // A town ending as a demonym does is a name.
        assert_eq!(
            subject_of("who is the director of the Chicoutimi food bank"),
            "Chicoutimi"
        );
        // A dictionary word capitalised as the question's opener is no name, known as
        // written or by its root (`kepolisian`, of `polisi`).
        assert_eq!(
            subject_of("Rumah sakit apa yang merawat Dimas setelah dievakuasi"),
            "Dimas"
        );
        assert_eq!(
            subject_of("Kepolisian mana yang menyelidiki pencurian keju di Bulle"),
            "Bulle"
        );
        assert_eq!(
            subject_of("Près de quelle localité se trouve la ferme ?"),
            ""
        );
        assert_eq!(
            subject_of("Zuckerberg bertemu siapa di Jepang"),
            "Zuckerberg"
        );
        assert_eq!(
            subject_of("berapa kasus campak di Senegal sejak Januari"),
            "Senegal"
        );
    }

    #[test]
    fn a_question_put_in_the_future_is_answered_by_a_date_to_come() {
        for q in [
            "when will the bridge reopen",
            "quand les travaux commenceront-ils",
            "kapan jembatan itu akan dibuka",
            // What is planned is to come.
            "when is the hearing scheduled",
            "kapan sidang dijadwalkan dimulai",
            "quand la réunion est-elle prévue",
            "quand la piscine rouvrira-t-elle",
            // The next one is to come.
            "kapan kontes berikutnya diadakan",
            "quand a lieu le prochain marché",
            "when is the next meeting",
            // A short future the endings leave out.
            "quel jour les apprentis feront-ils leur rentrée",
        ] {
            assert!(asks_future(&words(q)), "{q}");
        }
        assert!(!asks_future(&words("when did the bridge reopen")));
        // A name ending as a verb in the future doesn't put the question there.
        assert!(!asks_future(&words(
            "kapan vonis terhadap Lalu Hamdani Saputra"
        )));
        let text = "Le conseil a voté mardi 3 mars ; le pont rouvrira en septembre 2027, \
                    et l'ancien sera rasé à partir de 2029.";
        let h = hit(text, Lang::Fr, "2026-03-04");
        let fits: Vec<(String, f32)> = dates(&h, false, true, false)
            .into_iter()
            .map(|c| {
                let fit = c.fit * future_fit(&c, &h.text, h.date.as_deref());
                (c.text, fit)
            })
            .collect();
        let fit = |t: &str| fits.iter().find(|(x, _)| x == t).map(|(_, f)| *f);
        assert!(fit("septembre 2027") > fit("mardi 3 mars"), "{fits:?}");
        assert!(fit("2029") > fit("mardi 3 mars"), "{fits:?}");
    }

    #[test]
    fn a_recent_beginning_is_told_by_its_day() {
        let text = "Le zoo a annoncé ce mercredi la naissance d'une femelle okapi, survenue \
                    dans la nuit du dimanche 31 mai au lundi 1er juin.";
        let h = hit(text, Lang::Fr, "2026-06-11");
        let found = dates(&h, true, false, false);
        let fit = |t: &str| found.iter().find(|c| c.text == t).map(|c| c.fit);
        assert!(
            fit("dimanche 31 mai") > fit("mercredi"),
            "{:?}",
            found.iter().map(|c| (&c.text, c.fit)).collect::<Vec<_>>()
        );
        assert!(said_on(
            text,
            &(text.find("mercredi").unwrap_or(0)..text.find(" la naissance").unwrap_or(0))
        ));
        // Confirming is saying.
        let text = "The council confirmed on Tuesday that the pumps failed on Saturday, \
                    September 12.";
        let tuesday = text.find("Tuesday").unwrap_or(0);
        assert!(said_on(text, &(tuesday..tuesday + "Tuesday".len())));
    }

    #[test]
    fn a_weekday_that_comes_back_each_week_is_no_day_of_an_event() {
        let text = "Lelang dibuka setiap hari, kecuali hari Minggu. Pasar dibuka pada Senin.";
        let got: Vec<(&str, f32)> = partial_dates(text, Some("2026-03-10"))
            .into_iter()
            .map(|(range, _, fit)| (&text[range], fit))
            .collect();
        assert_eq!(
            got,
            [
                ("Minggu", WEEKDAY_ALONE * RECURRING_DAY),
                ("Senin", WEEKDAY_ALONE)
            ]
        );
    }

    #[test]
    fn a_beginning_is_told_by_its_year() {
        let text = "Didirikan pada 2016 di Medan, koperasi itu membuka cabang baru pada Kamis.";
        let h = hit(text, Lang::Id, "2025-01-10");
        let fits = |founding: bool| -> Vec<(String, f32)> {
            dates(&h, founding, false, false)
                .into_iter()
                .map(|c| (c.text, c.fit))
                .collect()
        };
        assert_eq!(
            fits(true),
            [
                ("Kamis".to_string(), WEEKDAY_ALONE * DAY_FOR_FOUNDING),
                ("2016".to_string(), 1.0)
            ]
        );
        assert_eq!(
            fits(false),
            [
                ("Kamis".to_string(), WEEKDAY_ALONE),
                ("2016".to_string(), YEAR_ALONE)
            ]
        );
        // Read in the whole article, only in a sentence telling a beginning.
        let article = [stored(
            "Créée en 2009 à Nantes, la coopérative emploie 40 personnes. Elle a ouvert \
                   un site à Brest en 2021.",
            Lang::Fr,
        )];
        let years: Vec<String> = founding_years("a.txt", &article)
            .into_iter()
            .map(|f| f.text)
            .collect();
        assert_eq!(years, ["2009"]);
    }

    #[test]
    fn a_body_the_question_names_is_not_its_answer() {
        let question = "Lembaga apa yang membatalkan penolakan izin dari dewan kabupaten Mayo?";
        let in_question = words_of_question(&words(question), question);
        for word in ["council", "county", "izin", "mayo"] {
            assert!(in_question.contains(word), "{word}: {in_question:?}");
        }
        // The kind asked by is no word of what the question names.
        assert!(!in_question.contains("lembaga"), "{in_question:?}");
        let text = "The Planning Appeals Board overturned the refusal of Mayo County Council \
                    on Monday.";
        let article = [stored(text, Lang::Other)];
        let people = people::recognise(&[text]);
        let orgs = organisations::recognise(&[text], &people);
        let names = |words: &HashSet<String>| -> Vec<String> {
            organisations_of(
                &hit(text, Lang::Other, "2026-11-02"),
                &article,
                &orgs,
                (Some("Mayo"), words),
                1.0,
                false,
                false,
            )
            .into_iter()
            .map(|c| c.text)
            .collect()
        };
        assert!(
            names(&HashSet::new())
                .iter()
                .any(|n| n == "Mayo County Council"),
            "{orgs:?}"
        );
        assert!(
            !names(&in_question)
                .iter()
                .any(|n| n == "Mayo County Council"),
            "{:?}",
            names(&in_question)
        );
    }

    #[test]
    fn a_place_named_by_its_kind_is_no_body() {
        let text = "SLEMAN — Seorang guru di Desa Sumberarum, Kecamatan Moyudan, Kabupaten \
                    Sleman, menemukan arca batu, Senin (2/11/2026). Pemerintah Kabupaten \
                    Sleman menugaskan Dinas Kebudayaan.";
        let article = [stored(text, Lang::Id)];
        let people = people::recognise(&[text]);
        let orgs = organisations::recognise(&[text], &people);
        assert!(
            orgs.iter().any(|m| m.name.starts_with("Kecamatan")),
            "the recogniser reads it as a name: {orgs:?}"
        );
        let names: Vec<String> = organisations_of(
            &hit(text, Lang::Id, "2026-11-02"),
            &article,
            &orgs,
            (None, &HashSet::new()),
            1.0,
            false,
            false,
        )
        .into_iter()
        .map(|c| c.text)
        .collect();
        assert!(
            names.iter().any(|n| n.starts_with("Pemerintah Kabupaten")),
            "{names:?}"
        );
        assert!(
            !names.iter().any(|n| n.starts_with("Kecamatan")),
            "{names:?}"
        );
    }

    #[test]
    fn an_organisation_written_again_by_its_initials_is_the_subject() {
        let subject = SubjectWords::of(Some("PT Sinar Harapan Jaya"));
        let written = |name: &str| name.split_whitespace().all(|w| subject.holds(w));
        assert!(written("PT SHJ"));
        assert!(written("PT Sinar Harapan Jaya"));
        assert!(!written("Kementerian Agama"));
        assert!(!written("PT SH"));
        // A one-word subject has no initials to be written by.
        assert!(!SubjectWords::of(Some("Nexalis")).holds("N"));
    }

    #[test]
    fn a_name_sharing_a_word_with_the_subject_is_not_it() {
        assert!(is_the_subject("Okonjo", "Ngozi Okonjo"));
        assert!(is_the_subject("Ngozi Okonjo", "Okonjo"));
        assert!(is_the_subject("Ngozi Okonjo", "Ngozi Okonjo-Iweala"));
        assert!(!is_the_subject("Brasserie Vandamme", "Luc Vandamme"));
        assert!(!is_the_subject("Okonjo", "Paul Mensah"));
    }

    #[test]
    fn the_end_of_a_span_is_asked_and_told() {
        for (question, asks) in [
            ("sampai kapan jembatan itu ditutup", true),
            ("until when will the museum stay closed", true),
            ("jusqu'à quand la route sera-t-elle fermée", true),
            ("kapan jembatan itu ditutup", false),
            ("until what date was the hearing adjourned", true),
            ("jusqu'à quelle date la campagne se déroule-t-elle", true),
            ("what date was the hearing adjourned", false),
        ] {
            assert_eq!(asks_until(&words(question)), asks, "{question}");
        }
        let text = "Jembatan ditutup sejak Senin (3/3/2025) hingga 17 Maret 2025.";
        let ends: Vec<bool> = dates(&hit(text, Lang::Id, "2025-03-04"), false, false, false)
            .iter()
            .map(|c| after_until(text, &c.range))
            .collect();
        assert_eq!(ends, [false, true]);
    }

    #[test]
    fn a_place_introduced_by_the_kind_asked() {
        let text = "Api muncul di pabrik milik Sinar Jaya, dekat gudang dari Koperasi Tani.";
        let kinds: HashSet<String> = ["gudang".to_string()].into();
        let at = |name: &str| {
            let start = text.find(name).unwrap_or(0);
            start..start + name.len()
        };
        assert!(introduced_by_kind(text, &at("Koperasi Tani"), &kinds));
        assert!(!introduced_by_kind(text, &at("Sinar Jaya"), &kinds));
    }

    /// The numbers of `h` read as answers to a count of `topic`, with their fit.
    fn count_fits(h: &Hit, topic: &str) -> Vec<(String, f32)> {
        numbers(h, Expect::Count, &AskedUnits::of(topic), topic, false)
            .into_iter()
            .map(|c| (c.text, c.fit))
            .collect()
    }

    #[test]
    fn a_sum_counts_less_what_a_question_names() {
        let text = "Bendahara itu menggelapkan Rp 3,8 miliar milik anggota koperasi.";
        let h = hit(text, Lang::Id, "2025-08-01");
        let sum = |topic: &str| {
            count_fits(&h, topic)
                .into_iter()
                .find(|(t, _)| t.starts_with("Rp"))
                .map(|(_, fit)| fit)
        };
        // Nothing named as counted: a sum keeps what a sum keeps for a count.
        assert_eq!(sum(""), Some(MONEY_FOR_COUNT));
        // "berapa rumah": less again.
        assert_eq!(sum("rumah"), Some(MONEY_FOR_COUNT * MONEY_FOR_COUNTED));
        // "berapa anggota": people, which no sum counts.
        assert_eq!(sum("anggota"), Some(MONEY_FOR_COUNT * MONEY_FOR_PEOPLE));
        // "how many homes": words that ask only a count, less again.
        let mut units = AskedUnits::of("homes");
        units.many = true;
        let fits: Vec<f32> = numbers(&h, Expect::Count, &units, "homes", false)
            .into_iter()
            .filter(|c| c.text.starts_with("Rp"))
            .map(|c| c.fit)
            .collect();
        assert_eq!(fits, vec![MONEY_FOR_COUNT * MONEY_FOR_MANY]);
    }

    #[test]
    fn a_place_before_which_something_stands_is_one() {
        let fr = place_texts(
            "Les grévistes se sont rassemblés mardi devant la mairie de Quimper.",
            Lang::Fr,
        );
        assert!(fr.contains(&"mairie de Quimper".to_string()), "{fr:?}");
        // What it is of after "des" is its name's.
        let fr = place_texts(
            "Le cortège s'est arrêté devant le Palais des Sports.",
            Lang::Fr,
        );
        assert_eq!(fr, vec!["Palais des Sports".to_string()]);
        let en = place_texts(
            "The drifting yacht was found behind Inchkeith on Friday.",
            Lang::Other,
        );
        assert_eq!(en, vec!["Inchkeith".to_string()]);
    }

    #[test]
    fn how_many_and_combien_de_ask_only_a_count() {
        assert!(asks_only_a_count("How many seats will the new stand have?"));
        assert!(asks_only_a_count(
            "Combien de boutiques le marché comptera-t-il ?"
        ));
        assert!(asks_only_a_count("Combien d'habitants ont été évacués ?"));
        assert!(asks_only_a_count(
            "Berapa banyak kios yang hancur dalam kebakaran pasar?"
        ));
        // "combien" alone, "berapa" and "how much" ask a sum as often.
        assert!(!asks_only_a_count(
            "Combien la région met-elle sur la table ?"
        ));
        assert!(!asks_only_a_count(
            "Berapa hadiah untuk juara tunggal putra?"
        ));
        assert!(!asks_only_a_count(
            "How much capital did the employees put in?"
        ));
    }

    #[test]
    fn a_share_in_words_counts_nothing() {
        let text = "Pemutihan mencapai 38 persen di 24 titik pengamatan.";
        let h = hit(text, Lang::Id, "2025-08-01");
        let found = count_fits(&h, "titik pengamatan");
        assert!(
            found.iter().all(|(t, _)| !t.contains("persen")),
            "{found:?}"
        );
        assert!(found.iter().any(|(t, _)| t.starts_with("24")), "{found:?}");
    }

    #[test]
    fn a_span_of_time_counts_nothing_asked() {
        let text = "Perjalanan kini hanya 20 menit. Sebanyak 300 relawan ikut membersihkan pantai.";
        let h = hit(text, Lang::Id, "2025-08-01");
        let fits = |topic: &str| count_fits(&h, topic);
        // "berapa pekerja …": the minutes fit less than a number of no unit.
        let found = fits("pekerja membersihkan pantai");
        assert!(found[0].1 < 0.5 * 0.7, "{found:?}");
        // "berapa lama …", "berapa menit …": the span is asked, as its unit is.
        assert_eq!(fits("lama perjalanan")[0].1, 0.8 * 1.5);
        assert!(fits("menit perjalanan")[0].1 > 0.8);
        // "combien de temps …" asks how long too.
        let fr = hit(
            "Il a fallu 94 secondes, et trois vitrines ont été vidées.",
            Lang::Fr,
            "2025-08-01",
        );
        let found = count_fits(&fr, "temps fallu vider vitrines");
        assert_eq!(
            found[0],
            ("94 secondes".to_string(), 0.8 * 1.5),
            "{found:?}"
        );
    }

    /// The fit of the count of `found` whose text starts with `text`.
    fn fit_of_count(found: &[(String, f32)], text: &str) -> Option<f32> {
        found
            .iter()
            .find(|(x, _)| x.starts_with(text))
            .map(|(_, f)| *f)
    }

    #[test]
    fn a_noun_counted_spelled_alike_in_another_language() {
        let text = "Pasar itu menampung 64 kios dan melayani 4.800 jiwa.";
        let h = hit(text, Lang::Id, "2026-03-17");
        let found = count_fits(&h, "kiosks new border market have");
        assert!(
            fit_of_count(&found, "64") > fit_of_count(&found, "4.800"),
            "{found:?}"
        );
        // A noun going on in lower case is no word of the count's.
        let text = "Tercatat 312 anak usia sekolah putus sekolah.";
        let h = hit(text, Lang::Id, "2026-03-17");
        let found = count_fits(&h, "anak usia putus sekolah");
        assert!(found.iter().any(|(t, _)| t == "312 anak"), "{found:?}");
        // People count any people asked.
        let text = "Galangan itu mempekerjakan sekitar 420 orang dan 12 kapal.";
        let h = hit(text, Lang::Id, "2026-03-17");
        let found = count_fits(&h, "pekerja di galangan");
        assert!(
            fit_of_count(&found, "420") > fit_of_count(&found, "12"),
            "{found:?}"
        );
        // The noun after "how many" when a phrase opens the question.
        let lower: Vec<String> = "menurut penyelenggara , berapa jumlah produsen yang ikut"
            .split(' ')
            .map(String::from)
            .collect();
        assert_eq!(noun_after_how_many(&lower), Some("produsen"));
    }

    #[test]
    fn a_sum_after_up_to_is_a_limit() {
        let text = "The seizure came to RM288,700. The act carries a fine of up to RM1 million.";
        let at = |t: &str| {
            let s = text.find(t).unwrap_or(0);
            s..s + t.len()
        };
        assert!(a_limit(text, &at("RM1 million")));
        assert!(!a_limit(text, &at("RM288,700")));
        assert!(a_limit(
            "Il encourt jusqu'à 75 000 euros d'amende.",
            &(20..32)
        ));
    }

    #[test]
    fn how_long_asks_a_span_or_a_length_not_a_count() {
        let text = "Les quelque 1 200 résidents du village doivent faire un détour de 14 \
                    kilomètres par la route 59.";
        let h = hit(text, Lang::Fr, "2026-05-06");
        let fit = |asked: &AskedUnits, t: &str| {
            numbers(&h, Expect::Count, asked, "", false)
                .into_iter()
                .find(|c| c.text.starts_with(t))
                .map(|c| c.fit)
        };
        let mut asked = AskedUnits::of("long detour residents make since the bridge closed");
        asked.how_long = true;
        assert!(fit(&asked, "14 kilomètres") > fit(&asked, "1 200"));
        // "long" alone ("the long dry season") asks no span.
        asked.how_long = false;
        assert!(fit(&asked, "1 200") > fit(&asked, "14 kilomètres"));
        // "how much rice": a measure, not a count of another noun.
        let text = "Dans 27 écoles, le retard de livraison de 96 tonnes de riz pèse.";
        let h = hit(text, Lang::Fr, "2026-05-06");
        let mut asked = AskedUnits::of("rice and legumes for the school canteens delayed");
        asked.measure = true;
        asked.much_of = true;
        let found = numbers(&h, Expect::Count, &asked, "", false);
        let fit = |t: &str| found.iter().find(|c| c.text.starts_with(t)).map(|c| c.fit);
        assert!(fit("96 tonnes") > fit("27 écoles"), "{found:?}");
    }

    #[test]
    fn a_count_of_another_noun_fits_less() {
        let text = "The quake knocked out power to about 38,000 homes. More than 140 aftershocks \
                    had been recorded, and 12 were felt.";
        let h = hit(text, Lang::Other, "2025-12-05");
        let found = count_fits(&h, "aftershocks followed the Humboldt County earthquake");
        let fit = |t: &str| {
            found
                .iter()
                .find(|(x, _)| x.starts_with(t))
                .map(|(_, f)| *f)
        };
        assert!(fit("140") > fit("38,000"), "{found:?}");
        assert_eq!(fit("38,000"), Some(0.8 * OTHER_NOUN_COUNTED), "{found:?}");
        // A question naming no noun it counts leaves every count as it was.
        let found = count_fits(&h, "");
        assert_eq!(found[0].1, 0.8, "{found:?}");
    }

    #[test]
    fn a_part_counts_what_its_whole_counts() {
        let text = "Dari 40 sekolah di kota itu, sembilan rusak berat. Sebanyak 12 guru terluka.";
        let h = hit(text, Lang::Id, "2025-08-01");
        let topic = "sekolah";
        let found: Vec<(String, f32)> =
            numbers(&h, Expect::Count, &AskedUnits::of(topic), topic, false)
                .into_iter()
                .map(|c| (c.text, c.fit))
                .collect();
        let fit = |t: &str| {
            found
                .iter()
                .find(|(x, _)| x.starts_with(t))
                .map(|(_, f)| *f)
        };
        assert!(fit("sembilan") > fit("40 sekolah"), "{found:?}");
        let all = quantities("Of the 300 passengers, 12 were hurt.", Lang::Other);
        assert_eq!(
            partitives("Of the 300 passengers, 12 were hurt.", &all),
            [(0, 1)]
        );
        // Not a partitive when the word doesn't open the clause.
        let text = "A total of 18 flights, most of them domestic, were cancelled.";
        assert!(partitives(text, &quantities(text, Lang::Other)).is_empty());
        // The part first: `212 dari 275 bidang`; not a sum shared among people.
        let text = "Sejauh ini 212 dari 275 bidang tanah telah dibayar.";
        assert_eq!(partitives(text, &quantities(text, Lang::Id)), [(1, 0)]);
        let text = "If you divide Sh180 million among 1,240 registered miners, each gets less.";
        assert!(partitives(text, &quantities(text, Lang::Other)).is_empty());
    }

    #[test]
    fn a_role_phrase_may_name_the_body_asked_about() {
        let text = "NUPW Secretary-General Mary Otieno spoke. The minister, John Kamau, did not.";
        let at = |name: &str| {
            let start = text.find(name).unwrap_or(0);
            start..start + name.len()
        };
        let subject = [folded("NUPW")];
        let none = SpelledOut::new();
        assert!(role_of_subject(text, &at("Mary Otieno"), &subject, &none));
        assert!(!role_of_subject(text, &at("John Kamau"), &subject, &none));
    }

    #[test]
    fn a_company_is_told_by_a_business_word() {
        for name in [
            "PT Wijaya Karya",
            "Perumda Tirta Lestari",
            "Acme Inc.",
            "Air Liquide SA",
            "CV Maju Jaya Abadi",
            "UD Sinar Tani",
        ] {
            assert!(names_a_company(name), "{name}");
        }
        for name in ["TNI", "Badan Pusat Statistik", "Red Cross"] {
            assert!(!names_a_company(name), "{name}");
        }
    }

    #[test]
    fn a_body_is_led_by_a_person() {
        for q in [
            "qui préside la Fédération des chasseurs",
            "who heads the company that built the bridge",
            "siapa yang memimpin Koperasi Maju Bersama",
        ] {
            assert!(leads_a_body(&words(q)), "{q}");
        }
        for q in [
            "siapa yang memimpin putaran pendanaan startup itu",
            "who led the search for the missing hikers",
        ] {
            assert!(!leads_a_body(&words(q)), "{q}");
        }
    }

    #[test]
    fn a_share_is_no_measure() {
        let measure = |text: &str, lang: Lang| quantities(text, lang).iter().any(is_measure);
        assert!(measure("sebanyak 410.000 meter kubik sedimen", Lang::Id));
        assert!(!measure("anggaran naik 18 persen", Lang::Id));
        assert!(!measure("a rise of 12 percent", Lang::Other));
    }

    #[test]
    fn a_person_named_in_the_role_asked_gains() {
        let text = "Its operations chief, Dana Whitfield, spoke after the mayor, Tom Lee.";
        let at = |name: &str| {
            let start = text.find(name).unwrap_or(0);
            start..start + name.len()
        };
        let chief = [(CHIEF, LEADING_ASKED)];
        assert_eq!(
            role_gain(text, &at("Dana Whitfield"), &chief),
            LEADING_ASKED
        );
        assert_eq!(role_gain(text, &at("Tom Lee"), &chief), 1.0);
        let mayor = role_class("mayor").map(|k| [(k, ROLE_ASKED)]);
        assert_eq!(
            mayor.map(|m| role_gain(text, &at("Tom Lee"), &m)),
            Some(ROLE_ASKED)
        );
        // Past an engineer's title (`Eng.`).
        let text = "The letter was signed by NWSC managing director Eng. Bwalya Mulenga.";
        let start = text.find("Bwalya").unwrap_or(0);
        let director = role_class("director").map(|k| [(k, ROLE_ASKED)]);
        assert_eq!(
            director.map(|d| role_gain(text, &(start..start + 14), &d)),
            Some(ROLE_ASKED)
        );
        // The role after the name's age.
        let text = "« Non », a défendu Jean-Luc Lemonnier, 59 ans, président du SMPEP.";
        let president = [(PRESIDENT, ROLE_ASKED)];
        let start = text.find("Jean-Luc").unwrap_or(0);
        assert_eq!(
            role_gain(text, &(start..start + 18), &president),
            ROLE_ASKED
        );
        // A Belgian mayor and a Quebec one.
        let text = "En présence du bourgmestre Pierre-Yves Lambotte et des élus.";
        let at = |name: &str| text.find(name).map_or(0..0, |s| s..s + name.len());
        assert_eq!(
            mayor.map(|m| role_gain(text, &at("Pierre-Yves Lambotte"), &m)),
            Some(ROLE_ASKED)
        );
        // The role before another's name and a conjunction is that one's.
        assert_eq!(
            mayor.map(|m| role_gain(text, &at("Nathalie Dermine"), &m)),
            Some(1.0)
        );
        assert_eq!(role_class("mairesse"), role_class("mayor"));
    }

    #[test]
    fn a_womans_degree_stands_between_role_and_name() {
        // `Dra.` is `Drs.` for a woman: a title, not a sentence's end.
        let chief = role_class("head").map(|k| [(k, ROLE_ASKED)]);
        let text = "Kepala Dinas Perikanan Kabupaten Poso, Dra. Yuliana Tobondo, M.Si, \
                    mengatakan kuota diberlakukan karena hasil tangkapan menurun.";
        assert_eq!(
            chief.map(|c| role_gain(text, &at_in(text, "Yuliana Tobondo"), &c)),
            Some(ROLE_ASKED)
        );
    }

    #[test]
    fn the_one_a_role_is_of_does_not_hold_it() {
        let lawyer = role_class("lawyer").map(|k| [(k, ROLE_ASKED)]);
        let text = "L'avocat de Gérard Lafaye n'a pas indiqué s'il ferait appel, a dit son \
                    avocate, Me Claire Vergnaud.";
        assert_eq!(
            lawyer.map(|l| role_gain(text, &at_in(text, "Gérard Lafaye"), &l)),
            Some(1.0)
        );
        assert_eq!(
            lawyer.map(|l| role_gain(text, &at_in(text, "Claire Vergnaud"), &l)),
            Some(ROLE_ASKED)
        );
    }

    #[test]
    fn an_indonesian_judge_is_one_in_lower_case_only() {
        let judge = role_class("judge").map(|k| [(k, ROLE_ASKED)]);
        let text = "Ketua majelis hakim, Ratna Dewi Anggraini, membacakan vonis.";
        assert_eq!(
            judge.map(|j| role_gain(text, &at_in(text, "Ratna Dewi Anggraini"), &j)),
            Some(ROLE_ASKED)
        );
        assert_eq!(role_class("hakim"), role_class("judge"));
        assert_eq!(role_class("Hakim"), None);
    }

    #[test]
    fn an_article_names_the_subject_by_its_own_capitalised_words() {
        let article = [stored(
            "Kabupaten Sleman menambah agen penyalur pupuk.",
            Lang::Id,
        )];
        assert!(names_any(&article, "Sleman"));
        // The kind of place is no name, a common word written small is no name.
        assert!(!names_any(&article, "Kabupaten Bantul"));
        assert!(!names_any(&article, "Agen"));
        assert!(names_any(&article, "Kabupaten"));
    }

    #[test]
    fn a_place_named_by_the_kind_asked_is_of_that_kind() {
        let kinds = kinds_of_place_asked(&words("which regency's governor opened the fair"));
        assert!(names_a_kind("Kabupaten Sleman", &kinds));
        assert!(!names_a_kind("Kota Yogyakarta", &kinds));
        let kinds = kinds_of_place_asked(&words("di rumah sakit mana pasien itu dirujuk"));
        assert!(names_a_kind("Mercy Hospital", &kinds));
        assert!(names_a_kind("Rumah Sakit Bethesda", &kinds));
        let kinds = kinds_of_place_asked(&words("dans quel édifice la finale a-t-elle eu lieu"));
        assert!(names_a_kind("basilique-cathédrale Saint-Michel", &kinds));
        assert!(!names_a_kind("Sherbrooke", &kinds));
        assert!(!names_a_kind("Kampung Rumah Baru", &kinds));
        // A division asked by another language's word for it.
        let kinds = kinds_of_place_asked(&words("dans quel arrondissement de Makassar"));
        assert!(names_a_kind("Kecamatan Tamalate", &kinds));
        assert!(!names_a_kind("Jalan Metro Tanjung Bunga", &kinds));
        let kinds = kinds_of_place_asked(&words("in which village was it found"));
        assert!(names_a_kind("Pekon Sukapura", &kinds));
        assert!(names_a_kind("Lembang Sa'dan Malimbong", &kinds));
        let kinds = kinds_of_place_asked(&words("dans quel quartier de Makassar est le chantier"));
        assert!(names_a_kind("Kelurahan Paotere", &kinds));
        // The kind the question word goes with, not a place the question names.
        let kinds = kinds_of_place_asked(&words("dans quel village du district de Sanden"));
        assert!(names_a_kind("Desa Gadingsari", &kinds));
        assert!(!names_a_kind("Daerah Istimewa Yogyakarta", &kinds));
        let kinds = kinds_of_place_asked(&words("di pelabuhan mana di Kabupaten Banyuasin"));
        assert!(names_a_kind("Pelabuhan Tanjung Api-Api", &kinds));
        assert!(!names_a_kind("Kabupaten Bangka Barat", &kinds));
        // A street of any kind.
        let kinds = kinds_of_place_asked(&words("on which road will the pump station be built"));
        assert!(names_a_kind("River Avenue", &kinds));
        assert!(names_a_kind("Jalan Diponegoro", &kinds));
        assert!(!names_a_kind("Merbein", &kinds));
        // Where boats berth.
        let kinds = kinds_of_place_asked(&words("from which wharf does the ferry leave"));
        assert!(names_a_kind("Dermaga Teluk Suak", &kinds));
        assert!(!names_a_kind("Desa Karimunting", &kinds));
        // The kind glossed in brackets, not the glossed word's other sense.
        let kinds = kinds_of_place_asked(&words("in which district (kecamatan) is the farm"));
        assert!(names_a_kind("Kecamatan Pocoranaka Timur", &kinds));
        assert!(!names_a_kind("Kabupaten Manggarai Timur", &kinds));
        let kinds = kinds_of_place_asked(&words("in which district is the farm"));
        assert!(names_a_kind("Kabupaten Manggarai Timur", &kinds));
        // A canal's lock.
        let kinds = kinds_of_place_asked(&words("Quelle écluse sera la première fermée"));
        let text = "Nous commencerons par le chômage de l'écluse de Basseville en novembre.";
        let at = text.find("Basseville").unwrap_or(0);
        assert!(introduced_by_kind(text, &(at..at + 10), &kinds));
    }

    #[test]
    fn the_village_asked_past_the_hall_that_names_it() {
        let text = "Kontrak itu ditandatangani di Balai Pertemuan Desa Sungai Lokan, Kamis.";
        let kinds = kinds_of_place_asked(&words("di desa mana kontrak itu ditandatangani"));
        let got: Vec<String> = places(&hit(text, Lang::Id, "2026-05-10"), false, &kinds)
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(got.contains(&"Desa Sungai Lokan".to_string()), "{got:?}");
        assert!(!got.iter().any(|t| t.starts_with("Balai")), "{got:?}");
        // Asked where, the hall is the answer.
        let got = place_texts(text, Lang::Id);
        assert!(
            got.contains(&"Balai Pertemuan Desa Sungai Lokan".to_string()),
            "{got:?}"
        );
        // "di balai desa mana" asks the hall.
        let kinds = kinds_of_place_asked(&words("di balai desa mana audiensi itu digelar"));
        let text = "Audiensi digelar di Balai Desa Sukakarya, Kamis.";
        let got: Vec<String> = places(&hit(text, Lang::Id, "2026-05-10"), false, &kinds)
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(got.contains(&"Balai Desa Sukakarya".to_string()), "{got:?}");
    }

    #[test]
    fn a_year_after_a_season_is_told_with_it() {
        let text = "La section devrait rouvrir au printemps 2027, selon le ministère.";
        let got = date_texts(text, Lang::Fr, "2026-10-01");
        assert!(got.contains(&"printemps 2027".to_string()), "{got:?}");
    }

    #[test]
    fn a_date_of_two_days_is_told_from_the_first() {
        let text = "La prochaine édition aura lieu les samedi 7 et dimanche 8 août 2027.";
        let at = text.find("dimanche").unwrap();
        let got = with_first_day(text, at..text.len() - 1);
        assert_eq!(&text[got], "samedi 7 et dimanche 8 août 2027");
        let text = "Dans la nuit du lundi 20 au mardi 21 juillet, les douaniers ont agi.";
        let at = text.find("mardi").unwrap();
        let got = with_first_day(text, at..at + 16);
        assert_eq!(&text[got], "lundi 20 au mardi 21 juillet");
        // A day without its year too.
        let text = "La fête s'est tenue les samedi 8 et dimanche 9 août à Saignelégier.";
        let got = date_texts(text, Lang::Fr, "2026-08-10");
        assert!(
            got.contains(&"samedi 8 et dimanche 9 août".to_string()),
            "{got:?}"
        );
        let text = "Le marché a ouvert le 7 et le dimanche 8 août.";
        let at = text.find("dimanche").unwrap();
        assert_eq!(with_first_day(text, at..text.len() - 1), at..text.len() - 1);
        // The month first, the second day after it.
        let text = "Sessions will be held at the recreation centre on Feb. 19 and 20. Some \
                    25 and 30 workers came.";
        let got = date_texts(text, Lang::Other, "2026-01-10");
        assert!(got.contains(&"Feb. 19 and 20".to_string()), "{got:?}");
    }

    #[test]
    fn a_sentence_saying_when_something_began() {
        assert!(says_a_start_with_a_month(
            "Le terrain est neuf. Le chantier avait débuté le lundi 12 janvier, après deux ans.",
            true
        ));
        assert!(!says_a_start_with_a_month(
            "Le chantier a débuté. Il sera inauguré le samedi 18 avril.",
            false
        ));
        // A start to come, when the question asks of the past.
        let next = "La deuxième phase débutera le lundi 4 mai.";
        assert!(says_a_start_with_a_month(next, false));
        assert!(!says_a_start_with_a_month(next, true));
        assert!(says_a_start_with_a_month(
            "Festival yang digelar sejak 2 Mei 2026 itu diikuti 312 pasang jawi.",
            true
        ));
    }

    #[test]
    fn a_role_s_title_is_no_body() {
        assert!(titled_by_a_role("Jaksa penuntut umum"));
        assert!(titled_by_a_role("Kepala Dinas Koperasi"));
        assert!(!titled_by_a_role(
            "Dinas Pertanian Kabupaten Limapuluh Kota"
        ));
        assert!(!titled_by_a_role("Dewan Pengawas Koperasi"));
        assert!(titled_by_a_role(
            "Kapal Motor Penyeberangan (KMP) Sinar Enggano"
        ));
        assert!(!titled_by_a_role("Fiji Rice Limited"));
    }

    #[test]
    fn a_name_without_the_pilgrim_s_title() {
        assert_eq!(
            without_pilgrim_title("H. Teuku Rizal Maulana"),
            Some("Teuku Rizal Maulana")
        );
        assert_eq!(without_pilgrim_title("H. Wijaya"), None);
        assert_eq!(without_pilgrim_title("Hendrik Wijaya"), None);
    }

    #[test]
    fn a_kind_of_place_written_after_the_name() {
        let text = "The shelter at Pentha village, near Kisumu Town, collapsed.";
        let at = text.find("Pentha").unwrap();
        assert_eq!(
            kind_written_after(text, &(at..at + 6)).as_deref(),
            Some("village")
        );
        let at = text.find("Kisumu").unwrap();
        assert_eq!(kind_written_after(text, &(at..at + 6)), None);
        // A weak translation of the kind asked is no kind of it (`village`, `country`).
        let kinds = kinds_of_place_asked(&words("in which village was the station built"));
        assert!(!kinds.contains("country"), "{kinds:?}");
        assert!(!territory_of_kind("Luxembourg", &kinds));
    }

    #[test]
    fn the_noun_an_english_count_counts_after_its_modifiers() {
        assert_eq!(
            english_head_after(" cyclone shelters along the coast", "multipurpose"),
            Some("shelters")
        );
        assert_eq!(
            english_head_after(" engines arrived", "fire"),
            Some("engines")
        );
        assert_eq!(english_head_after(" cyclone relief", "multipurpose"), None);
        assert_eq!(english_head_after(" of the towns", "multipurpose"), None);
    }

    #[test]
    fn the_kind_of_place_asked_with_a_word_between() {
        let question = words("di pasar hewan mana komplotan itu menjual sapi");
        assert_eq!(governed_place_nouns(&lowered_question(&question)), vec![1]);
        assert!(names_a_kind(
            "Pasar Hewan Keppo",
            &kinds_of_place_asked(&question)
        ));
        assert!(governed_place_nouns(&lowered_question(&words("where was the fire"))).is_empty());
        assert!(named_by_a_kind("Kabupaten Tasikmalaya"));
        assert!(!named_by_a_kind("Tasikmalaya"));
    }

    #[test]
    fn a_role_governing_its_body_before_the_name() {
        let text = "« Nous ne pouvons plus », a déclaré le directeur général de l'ARS \
                    Bretagne, Laurent Keraudren. La porte-parole du collectif. Maëlle Guéguen";
        let at = |name: &str| {
            let start = text.find(name).unwrap_or(0);
            start..start + name.len()
        };
        let chief = role_class("directeur").map(|k| [(k, ROLE_ASKED)]);
        assert_eq!(
            chief.map(|c| role_gain(text, &at("Laurent Keraudren"), &c)),
            Some(ROLE_ASKED)
        );
        // The role of the sentence before isn't hers.
        let spokesperson = role_class("directeur").map(|k| [(k, ROLE_ASKED)]);
        assert_eq!(
            spokesperson.map(|c| role_gain(text, &at("Maëlle Guéguen"), &c)),
            Some(1.0)
        );
    }

    #[test]
    fn the_body_of_a_role_as_the_question_says_it() {
        let text = "Kepala Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan) Kabupaten \
                    Sidrap, drh. Andi Nurhayati, mengatakan. Kapolres Sidrap, AKBP Erwin \
                    Saputra, mengatakan.";
        let at = |name: &str| {
            let start = text.find(name).unwrap_or(0);
            start..start + name.len()
        };
        // The title and its period are passed over, the acronym in brackets isn't
        // counted as words.
        let before = words(&text[..at("Andi Nurhayati").start]);
        assert_eq!(role_phrase(&before).first().map(|w| w.text), Some("Kepala"));
        // So is a body whose name goes on past its acronym, its place after it.
        let long = "Peresmian ditandai oleh Kepala Dinas Pekerjaan Umum dan Penataan Ruang \
                    (PUPR) Kabupaten Lanny Jaya, Ir. Yosua Kogoya, M.T., di halaman gereja.";
        let before = words(&long[..long.find("Yosua").unwrap_or(0)]);
        assert!(role_phrase(&before).iter().any(|w| w.text == "Kepala"));
        let body: HashSet<String> = ["animal", "health", "hewan", "kesehatan"]
            .iter()
            .map(|w| folded(w))
            .collect();
        assert!(
            body_gain(
                text,
                &at("Andi Nurhayati"),
                (&body, &HashSet::new(), &SpelledOut::new()),
                false
            ) > 1.0
        );
        assert_eq!(
            body_gain(
                text,
                &at("Erwin Saputra"),
                (&body, &HashSet::new(), &SpelledOut::new()),
                false
            ),
            1.0
        );
    }

    #[test]
    fn a_body_spelled_out_leaves_room_for_the_words_of_another() {
        // The firm's acronym spells out three words of the question: the union's
        // word still counts beside it.
        let text = "Direktur SDM PT GSB, Andi Rahmat Hidayat, mengatakan. Ketua Serikat \
                    Pekerja PT GSB, Rusdiansyah, menolak.";
        let body: HashSet<String> = ["serikat", "galangan", "samudra", "borneo", "pt"]
            .iter()
            .map(|w| folded(w))
            .collect();
        let spelled: SpelledOut = [("GSB".to_string(), "Galangan Samudra Borneo".to_string())]
            .into_iter()
            .collect();
        let gain = |name: &str| {
            body_gain(
                text,
                &at_in(text, name),
                (&body, &HashSet::new(), &spelled),
                false,
            )
        };
        assert!(
            gain("Rusdiansyah") > gain("Andi Rahmat Hidayat"),
            "{} {}",
            gain("Rusdiansyah"),
            gain("Andi Rahmat Hidayat")
        );
    }

    #[test]
    fn an_indonesian_office_is_named_by_the_root_of_its_field() {
        // "the fisheries office", asked by `fish` (`ikan`): `Dinas Perikanan`.
        let text = "Kepala Dinas Perikanan Kabupaten Sambas, Rudi Hartono, mengatakan. Kepala \
                    Dinas Sosial Kabupaten Sambas, Agus Salim, menyebut.";
        let body: HashSet<String> = ["ikan", "fish", "kabupaten", "sambas"]
            .iter()
            .map(|w| folded(w))
            .collect();
        let gain = |name: &str| {
            body_gain(
                text,
                &at_in(text, name),
                (&body, &HashSet::new(), &SpelledOut::new()),
                false,
            )
        };
        assert!(
            gain("Rudi Hartono") > gain("Agus Salim"),
            "{} {}",
            gain("Rudi Hartono"),
            gain("Agus Salim")
        );
    }

    #[test]
    fn an_abbreviated_school_is_the_school_asked() {
        let text = "Kepala SDN 2 Hadiwarno, Endang Widyastuti, mengatakan. Kepala Desa \
                    Hadiwarno, Joko Santoso, menyebut.";
        let body: HashSet<String> = ["school", "sekolah", "hadiwarno"]
            .iter()
            .map(|w| folded(w))
            .collect();
        let head = body_gain(
            text,
            &at_in(text, "Endang Widyastuti"),
            (&body, &HashSet::new(), &SpelledOut::new()),
            false,
        );
        let village = body_gain(
            text,
            &at_in(text, "Joko Santoso"),
            (&body, &HashSet::new(), &SpelledOut::new()),
            false,
        );
        assert!(head > village, "{head} {village}");
    }

    #[test]
    fn a_rate_and_the_article_s_own_year() {
        let text = "Ganti rugi Rp 25.000 per ekor. Total dana dari APBD 2026 mencapai Rp 460 juta.";
        let all = quantities(text, Lang::Id);
        let sum = |written: &str| {
            all.iter()
                .find(|q| text[q.range.clone()].starts_with(written))
                .cloned()
        };
        let (rate, total) = (sum("Rp 25.000"), sum("Rp 460"));
        assert_eq!(rate.as_ref().map(|q| is_rate(text, q)), Some(true));
        assert_eq!(total.as_ref().map(|q| is_rate(text, q)), Some(false));
        // A rate's adjective before its noun.
        let capped = "The announcement of a $14 daily cap at the new $38.5 million car park.";
        let sums = quantities(capped, Lang::Other);
        let rate = |written: &str| {
            sums.iter()
                .find(|q| capped[q.range.clone()].starts_with(written))
                .map(|q| is_rate(capped, q))
        };
        assert_eq!(rate("$14"), Some(true));
        assert_eq!(rate("$38.5"), Some(false));
        // The year is the article's, whatever word is read after it.
        let fit =
            total.map(|q| sentence_fit(text, Some("2026-11-10"), &q, &all, "berapa total dana"));
        assert_eq!(fit, Some(1.0));
    }

    #[test]
    fn a_body_ending_with_a_kind_of_place_is_no_place() {
        let text = "Anggota Komisi III Dewan Perwakilan Rakyat Daerah meninjau Kecamatan \
                    Alok Timur. Rombongan lalu terbang ke Lucena City.";
        let got: Vec<String> = places(&hit(text, Lang::Id, "2026-11-10"), false, &HashSet::new())
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert!(got.contains(&"Kecamatan Alok Timur".to_string()), "{got:?}");
        assert!(got.contains(&"Lucena City".to_string()), "{got:?}");
        assert!(!got.iter().any(|p| p.contains("Dewan")), "{got:?}");
    }

    /// What the person `name` of `text` gains when the question asks by `role` (`None`
    /// when `role` is no role noun).
    fn gain_as(role: &str, text: &str, name: &str) -> Option<f32> {
        let start = text.find(name).unwrap_or(0);
        role_class(role).map(|k| role_gain(text, &(start..start + name.len()), &[(k, ROLE_ASKED)]))
    }

    /// The people `persons` finds in `text` for a question asking by `roles`, naming
    /// the body words `body`, asking an officer (and a leader) or not.
    fn person_candidates(
        text: &str,
        lang: Lang,
        roles: &[(usize, f32)],
        body: &HashSet<String>,
        officer_asked: bool,
    ) -> Vec<Candidate> {
        let people = people::recognise(&[text]);
        persons(
            &hit(text, lang, "2026-11-12"),
            &[stored(text, lang)],
            &people,
            None,
            false,
            roles,
            RoleAsked {
                body_words: body,
                phrase_body_words: body,
                role_words: &HashSet::new(),
                role_body: &HashSet::new(),
                officer_asked,
                asks_leader: officer_asked,
                spelled: &SpelledOut::new(),
                acronyms: &[],
            },
        )
    }

    #[test]
    fn the_body_of_another_role_is_no_body_asked() {
        let text = "Le maire de Rimouski, Louis-Philippe Gagnon, salue le projet. La \
                    présidente de la coopérative, Nathalie Bérubé, l'a présenté.";
        let chair = role_class("présidente").map(|k| [(k, LEADING_ASKED)]);
        let body: HashSet<String> = ["rimouski", "coop"].map(String::from).into();
        let got = person_candidates(text, Lang::Fr, &chair.unwrap_or_default(), &body, false);
        let fit = |name: &str| got.iter().find(|c| c.text == name).map(|c| c.fit);
        // `Rimouski`, a word of the question, is the mayor's town, not the co-op asked.
        assert_eq!(fit("Louis-Philippe Gagnon"), Some(1.0));
        assert_eq!(fit("Nathalie Bérubé"), Some(LEADING_ASKED));
    }

    #[test]
    fn an_officer_asked_is_one_with_a_rank() {
        let text = "Kasat Reskrim Polrestabes Makassar, AKBP Andi Syahrul Mappe, mengatakan \
                    pelaku beraksi enam kali. Ketua RT 03 di kawasan Tanjung Merdeka, Daeng \
                    Nurdin, mengatakan warga berjaga.";
        let heads = role_class("kepala").map(|k| [(k, LEADING_ASKED)]);
        let got = person_candidates(
            text,
            Lang::Id,
            &heads.unwrap_or_default(),
            &HashSet::new(),
            true,
        );
        let fit = |name: &str| got.iter().find(|c| c.text == name).map(|c| c.fit);
        // The head of a neighbourhood, without a rank, gains nothing by leading.
        assert_eq!(fit("Daeng Nurdin"), Some(1.0), "{got:?}");
        assert!(fit("Andi Syahrul Mappe") >= Some(RANK_ASKED), "{got:?}");
    }

    #[test]
    fn a_french_lawyer_is_titled_me() {
        let text = "En défense, Me Thomas Courbebaisse a plaidé la relaxe.";
        assert_eq!(
            gain_as("avocat", text, "Thomas Courbebaisse"),
            Some(ROLE_ASKED)
        );
    }

    #[test]
    fn a_deputy_holds_no_role_asked() {
        let chief = role_class("bupati").map(|k| [(k, ROLE_ASKED)]);
        let gain = |text: &str, name: &str| gain_as("bupati", text, name);
        assert_eq!(
            gain(
                "Bupati Bangka Tengah, Algafry Rahman, hadir.",
                "Algafry Rahman"
            ),
            Some(ROLE_ASKED)
        );
        assert_eq!(
            gain(
                "Wakil Bupati Bangka Tengah, Efrianto Saputra, hadir.",
                "Efrianto Saputra"
            ),
            Some(1.0)
        );
        // Unless the question asks for the deputy (`siapa wakil bupati`): then only the
        // deputy holds it.
        let asked: HashSet<String> = ["wakil", "bupati"].map(String::from).into();
        let deputy_gain = |text: &str, name: &str| {
            let start = text.find(name).unwrap_or(0);
            chief.map(|c| {
                role_gain_naming(
                    text,
                    &(start..start + name.len()),
                    &c,
                    &asked,
                    &HashSet::new(),
                )
            })
        };
        assert_eq!(
            deputy_gain(
                "Wakil Bupati Bangka Tengah, Efrianto Saputra, hadir.",
                "Efrianto Saputra"
            ),
            Some(ROLE_ASKED * SAME_ROLE_WORD)
        );
        assert_eq!(
            deputy_gain(
                "Bupati Bangka Tengah, Algafry Rahman, hadir.",
                "Algafry Rahman"
            ),
            Some(SAME_ROLE_WORD)
        );
    }

    #[test]
    fn the_head_of_a_unit_holds_no_role_of_its_body() {
        let chief = [(CHIEF, ROLE_ASKED)];
        let gain = |text: &str, name: &str, asked: &[&str]| {
            let start = text.find(name).unwrap_or(0);
            let asked: HashSet<String> = asked.iter().map(|w| w.to_string()).collect();
            role_gain_naming(
                text,
                &(start..start + name.len()),
                &chief,
                &asked,
                &HashSet::new(),
            )
        };
        let unit = "Kasat Reskrim Polres Muaro Jambi, AKP Dedi Firmansyah, menjelaskan.";
        let body = "Kapolres Muaro Jambi, AKBP Heri Susanto, mengatakan.";
        // "the Muaro Jambi police chief": the head of the police, not of its unit.
        assert_eq!(gain(unit, "Dedi Firmansyah", &["chief"]), 1.0);
        assert_eq!(gain(body, "Heri Susanto", &["chief"]), ROLE_ASKED);
        // "the head of the criminal investigation unit": the unit's.
        assert_eq!(gain(unit, "Dedi Firmansyah", &["head", "unit"]), ROLE_ASKED);
        // "the head of criminal investigations": the unit's by its field, and no head
        // of a body or of another unit.
        let asked = ["head", "criminal", "investigations"];
        assert_eq!(gain(unit, "Dedi Firmansyah", &asked), ROLE_ASKED);
        assert_eq!(gain(body, "Heri Susanto", &asked), 1.0);
        // The head of a division of an office (`Kepala Bidang`) heads no office.
        let division = "Kepala Bidang P2P Dinkes Bantul, Agus Triyanto, menambahkan.";
        assert_eq!(gain(division, "Agus Triyanto", &["head"]), 1.0);
        // Unless the question names the division.
        let animals = "Kepala Bidang Kesehatan Hewan Dinas Pertanian Sikka, Maria Dhey, berkata.";
        let asked_of =
            |words: &[&str]| -> HashSet<String> { words.iter().map(|w| w.to_string()).collect() };
        let gain_in = |text: &str, name: &str, body: &[&str]| {
            let start = text.find(name).unwrap_or(0);
            let name = start..start + name.len();
            role_gain_naming(text, &name, &chief, &asked_of(&["head"]), &asked_of(body))
        };
        assert_eq!(
            gain_in(animals, "Maria Dhey", &["kesehatan", "hewan"]),
            ROLE_ASKED
        );
        // The office's name the question gives is not the division's.
        let prevention = "Kepala Bidang Pencegahan dan Pengendalian Penyakit (P2P) Dinkes Bantul, \
                          Agus Triyanto, menambahkan.";
        assert_eq!(gain_in(prevention, "Agus Triyanto", &["bantul"]), 1.0);
        let office = "Kepala Dinkes Bantul, dr. Retno Wulandari, mengatakan.";
        assert_eq!(gain(office, "Retno Wulandari", &["head"]), ROLE_ASKED);
        let traffic = "Kasat Lantas Polres Muaro Jambi, AKP Rina Sari, mengatakan.";
        assert_eq!(gain(traffic, "Rina Sari", &asked), 1.0);
    }

    #[test]
    fn a_title_that_is_a_role_names_it() {
        let text = "Delivering her judgment on Thursday, Justice Lydia Atieno Were found.";
        let start = text.find("Lydia").unwrap_or(0);
        let name = start..start + "Lydia Atieno Were".len();
        let judge = role_class("juge").map(|k| [(k, ROLE_ASKED)]);
        assert_eq!(judge.map(|j| role_gain(text, &name, &j)), Some(ROLE_ASKED));
        let lawyer = role_class("lawyer").map(|k| [(k, ROLE_ASKED)]);
        assert_eq!(lawyer.map(|l| role_gain(text, &name, &l)), Some(1.0));
        // The subject of a verb of leading, past an age.
        // The body the question names is the one led.
        let text = "Sophie Ravaud, âgée de 44 ans, dirige la société Yonne Plaisance.";
        let name = 0.."Sophie Ravaud".len();
        let chief = [(CHIEF, ROLE_ASKED)];
        let body: HashSet<String> = ["yonne", "plaisance"].map(String::from).into();
        let none = HashSet::new();
        assert_eq!(
            role_gain_naming(text, &name, &chief, &none, &body),
            ROLE_ASKED
        );
        let other: HashSet<String> = ["rugby", "yonne"].map(String::from).into();
        assert_eq!(role_gain_naming(text, &name, &chief, &none, &other), 1.0);
        let text = "Sophie Ravaud, âgée de 44 ans, loue des bateaux Yonne Plaisance.";
        assert_eq!(role_gain_naming(text, &name, &chief, &none, &body), 1.0);
        // A compound ending with a role, after the name's comma.
        let text = "L'équipe sera dirigée par le Dr Rasoanirina Volatiana, nommée médecin-chef \
                    du nouveau centre.";
        let start = text.find("Rasoanirina").unwrap_or(0);
        let name = start..start + "Rasoanirina Volatiana".len();
        assert_eq!(role_gain(text, &name, &[(CHIEF, ROLE_ASKED)]), ROLE_ASKED);
        // Not a deputy's compound.
        let text = "Le sous-préfet de Sarlat, Marc Delbos, a confirmé.";
        let start = text.find("Marc").unwrap_or(0);
        let name = start..start + "Marc Delbos".len();
        let mayor = role_class("maire").map(|k| [(k, ROLE_ASKED)]);
        assert_eq!(mayor.map(|m| role_gain(text, &name, &m)), Some(1.0));
    }

    #[test]
    fn inspectors_auditors_and_curators_are_roles_in_each_language() {
        let inspector = "kata Inspektur Kabupaten Mahakam Ulu, Drs. Agustinus Hanyeq Lawing, \
                         M.Si, di Ujoh Bilang.";
        assert_eq!(
            gain_as("inspector", inspector, "Agustinus Hanyeq Lawing"),
            Some(ROLE_ASKED)
        );
        let auditor = "Lead auditor SHN, Dr. Rina Kartikasari, S.P., M.Sc., mengatakan tim \
                       memeriksa 83 sampel kebun.";
        assert_eq!(
            gain_as("auditrice", auditor, "Rina Kartikasari"),
            Some(ROLE_ASKED)
        );
        // One is not the other.
        assert_eq!(
            gain_as("auditor", inspector, "Agustinus Hanyeq Lawing"),
            Some(1.0)
        );
        let curator = "Pour la conservatrice du musée, Hélène Calmettes, l'arrivée de ce fonds \
                       ouvre un chantier.";
        assert_eq!(
            gain_as("curator", curator, "Hélène Calmettes"),
            Some(ROLE_ASKED)
        );
    }

    #[test]
    fn researchers_and_chairs_are_roles_in_each_language() {
        let researcher = "Peneliti budidaya laut dari Universitas Halu Oleo (UHO) Kendari, Dr. \
                          Andi Baso Tenriola, mengingatkan bahwa gudang saja tidak cukup.";
        assert_eq!(
            gain_as("researcher", researcher, "Andi Baso Tenriola"),
            Some(ROLE_ASKED)
        );
        let chercheur = "Selon le chercheur Paul Ntumba, la saison est précoce.";
        assert_eq!(
            gain_as("peneliti", chercheur, "Paul Ntumba"),
            Some(ROLE_ASKED)
        );
        for (chair, name) in [
            (
                "CRD board chair Margo Delaney urged residents to go.",
                "Margo Delaney",
            ),
            (
                "Its chairperson, Ms Rehema Ngonyani, said so.",
                "Rehema Ngonyani",
            ),
        ] {
            assert_eq!(
                gain_as("président", chair, name),
                Some(ROLE_ASKED),
                "{chair}"
            );
        }
        let chairwoman = "Council chairwoman Kathleen Seatter welcomed the fund.";
        assert_eq!(
            gain_as("ketua", chairwoman, "Kathleen Seatter"),
            Some(ROLE_ASKED)
        );
    }

    #[test]
    fn a_body_listing_its_fields_keeps_the_role_before_it() {
        let gain = |text: &str, name: &str| gain_as("head", text, name);
        let listed = "Kepala Balai Karantina Hewan, Ikan, dan Tumbuhan Bengkulu, Hendra Saputra, \
                      mengatakan.";
        assert_eq!(gain(listed, "Hendra Saputra"), Some(ROLE_ASKED));
        // A field with a word in lower case after its capital.
        let portfolio = "Le ministre provincial des Infrastructures, Travaux publics et \
                         Reconstruction, Bernard Efomi Lisanga, a posé la première pierre.";
        assert_eq!(
            gain_as("ministre", portfolio, "Bernard Efomi Lisanga"),
            Some(ROLE_ASKED)
        );
        // Another clause before the role's is still no part of it, nor is another
        // person's role.
        let two = "Kepala Desa Berjo, Sutarno, dan warga, Budi Santoso, ikut membersihkan.";
        assert_eq!(gain(two, "Budi Santoso"), Some(1.0));
        let other = "Le substitut du procureur du Roi, Olivier Thonnard, avait requis six ans \
                     contre Kevin M., déjà condamné.";
        assert_eq!(gain_as("procureur", other, "Kevin M."), Some(1.0));
    }

    #[test]
    fn a_title_before_the_name_is_no_word_of_its_role() {
        let text = "Le maire regrette, selon l'avocate des riverains, Me Claire Jouan.";
        let start = text.find("Claire").unwrap_or(0);
        let lawyer = role_class("lawyer").map(|k| [(k, ROLE_ASKED)]);
        assert_eq!(
            lawyer.map(|l| role_gain(text, &(start..start + "Claire Jouan".len()), &l)),
            Some(ROLE_ASKED)
        );
        // The role a source word opens says who speaks of the name after it.
        let text = "Menurut jaksa, Yuliana berperan mencairkan dana dari rekening sekolah.";
        let prosecutor = role_class("jaksa").map(|k| [(k, ROLE_ASKED)]);
        assert_eq!(
            prosecutor.map(|p| role_gain(text, &(15..22), &p)),
            Some(1.0)
        );
    }

    #[test]
    fn people_asked_are_counted_by_any_noun_of_people() {
        let text = "Sebanyak 43 kepala keluarga atau 158 jiwa terpaksa mengungsi.";
        let h = hit(text, Lang::Id, "2026-03-01");
        // `jiwa` counts the people asked as `orang` would, with the same gain as the
        // families a word of the question stands in.
        assert_eq!(
            count_fits(&h, "how many people had to flee their homes"),
            [
                ("43 kepala keluarga".to_string(), 1.2),
                ("158 jiwa".to_string(), 1.2)
            ]
        );
    }

    #[test]
    fn a_measure_answers_a_count_only_when_asked() {
        let text = "Api membakar 1.200 hektare dan menghanguskan 35 rumah.";
        let h = hit(text, Lang::Id, "2025-08-01");
        let fits = |topic: &str| count_fits(&h, topic);
        // Neither counts `bangunan` as written: both fit less, the measure least.
        assert_eq!(
            fits("berapa bangunan terbakar"),
            [
                (
                    "1.200 hektare".to_string(),
                    0.8 * MEASURE_NOT_ASKED * OTHER_NOUN_COUNTED
                ),
                ("35 rumah".to_string(), 0.8 * OTHER_NOUN_COUNTED)
            ]
        );
        // "berapa banyak" asks a mass as it asks a count: the measure counts no other
        // noun.
        let mut units = AskedUnits::of("bangunan terbakar");
        units.many = true;
        let got: Vec<(String, f32)> = numbers(&h, Expect::Count, &units, "", false)
            .into_iter()
            .map(|c| (c.text, c.fit))
            .collect();
        assert_eq!(
            got[0],
            ("1.200 hektare".to_string(), 0.8 * MEASURE_NOT_ASKED)
        );
        // English "how many" asks a count only: the measure fits least.
        let mut units = AskedUnits::of("buildings burned");
        units.many = true;
        units.english_many = true;
        let got: Vec<(String, f32)> = numbers(&h, Expect::Count, &units, "", false)
            .into_iter()
            .map(|c| (c.text, c.fit))
            .collect();
        assert_eq!(
            got[0],
            (
                "1.200 hektare".to_string(),
                0.8 * MEASURE_NOT_ASKED * OTHER_NOUN_COUNTED
            )
        );
        // What it counts may follow a word describing it.
        let text = "Rumah sakit itu memiliki enam mesin radioterapi baru.";
        let h = hit(text, Lang::Id, "2025-08-01");
        let six = numbers(
            &h,
            Expect::Count,
            &AskedUnits::of("berapa radioterapi"),
            "",
            false,
        );
        assert_eq!(
            six.first().map(|c| (c.text.as_str(), c.fit)),
            Some(("enam mesin radioterapi", 0.8 * 1.5))
        );
        // Asked in its own unit, or as a size: a measure answers.
        assert_eq!(fits("berapa hektare terbakar")[0].1, 0.8 * 1.5);
        assert_eq!(
            fits("berapa luas lahan terbakar")[0].1,
            0.8 * SAME_DIMENSION
        );
    }

    #[test]
    fn a_unit_asked_in_another_language() {
        let asked = AskedUnits::of("rumah yang hancur akibat kebakaran");
        assert!(asked.counts("homes"));
        assert!(asked.counts("maisons"));
        assert!(!asked.counts("hectares"));
        let asked = AskedUnits::of("workers died in the mine");
        assert!(asked.counts("pekerja"));
        assert!(asked.counts("workers"));
        assert!(!asked.counts("orang"));
    }

    #[test]
    fn numbers_of_another_year_or_of_a_target_keep_less() {
        let fit = |text: &str, lang: Lang, number: &str, question: &str| {
            let all = quantities(text, lang);
            let q = all
                .iter()
                .find(|q| text[q.range.clone()].starts_with(number))
                .cloned();
            q.map(|q| sentence_fit(text, Some("2025-05-02"), &q, &all, question))
        };
        let text = "Banjir merendam 300 rumah pada Senin. Sepanjang 2024, 1.200 rumah terendam.";
        assert_eq!(
            fit(text, Lang::Id, "300", "berapa rumah terendam"),
            Some(1.0)
        );
        assert_eq!(
            fit(text, Lang::Id, "1.200", "berapa rumah terendam"),
            Some(OTHER_YEAR)
        );
        // Asked of that year, it is the answer.
        assert_eq!(
            fit(text, Lang::Id, "1.200", "berapa rumah terendam pada 2024"),
            Some(1.0)
        );
        // A month's year dates an event; it doesn't make the count another year's.
        let text = "La cour a infligé une amende de 80 000 euros pour la pollution de juin 2023.";
        assert_eq!(fit(text, Lang::Fr, "80 000", "combien"), Some(1.0));
        let text = "Le bénéfice a atteint 12 millions d'euros. Le groupe vise un chiffre d'affaires de 300 millions d'euros.";
        assert_eq!(fit(text, Lang::Fr, "12", "quel bénéfice"), Some(1.0));
        assert_eq!(
            fit(text, Lang::Fr, "300", "quel chiffre d'affaires"),
            Some(TARGET)
        );
        assert_eq!(
            fit(
                text,
                Lang::Fr,
                "300",
                "quel chiffre d'affaires vise le groupe"
            ),
            Some(1.0)
        );
        // An age set off after a name is the age as the article is written.
        let text = "Ketua koperasi, Yosef Bata (61), kaget menjelang Natal 2024.";
        assert_eq!(fit(text, Lang::Id, "61", "berapa umur ketua"), Some(1.0));
        // A word of now between the year and the number sets it in the present.
        let text = "Jika pada akhir 2024 harganya Rp 2,8 juta, kini pengepul membeli Rp 1,65 juta.";
        assert_eq!(
            fit(text, Lang::Id, "Rp 2,8", "berapa harganya"),
            Some(OTHER_YEAR)
        );
        assert_eq!(fit(text, Lang::Id, "Rp 1,65", "berapa harganya"), Some(1.0));
        // A budget's year is the year a sum is paid from.
        let text = "Kapal dibangun dengan nilai kontrak Rp 2,86 miliar yang bersumber dari APBD Kabupaten Bengkayang tahun 2024.";
        assert_eq!(
            fit(text, Lang::Id, "Rp 2,86", "berapa nilai kontrak"),
            Some(1.0)
        );
        let text = "The council set aside $1.2 million in its 2024 budget.";
        assert_eq!(fit(text, Lang::Other, "$1.2", "how much"), Some(1.0));
        // A budget to come is a plan's.
        let text =
            "Ruas Pontang–Tirtayasa sepanjang 5,2 kilometer diperbaiki pada tahun anggaran 2026.";
        assert_eq!(
            fit(text, Lang::Id, "5,2", "berapa panjang ruas"),
            Some(OTHER_YEAR)
        );
    }

    #[test]
    fn a_role_in_lower_case_only_is_one_before_a_name() {
        let roles = [(role_class("judge").unwrap_or_default(), ROLE_ASKED)];
        let text = "kata Ketua Majelis Hakim Ni Made Sukerti saat membacakan putusan.";
        let gain = role_gain_naming(
            text,
            &at_in(text, "Ni Made Sukerti"),
            &roles,
            &HashSet::new(),
            &HashSet::new(),
        );
        assert_eq!(gain, ROLE_ASKED);
    }

    #[test]
    fn the_doer_after_the_passive_of_the_question_s_verb() {
        let passives = passives_asked(&words(
            "Lembaga apa yang memfasilitasi mediasi antara petani dan PT Sinar Agro Lestari?",
        ));
        assert!(
            passives.contains(&"difasilitasi".to_string()),
            "{passives:?}"
        );
        let text = "Setelah mediasi yang difasilitasi Kepolisian Resor (Polres) Way Kanan, \
                    manajemen sepakat. Persatuan Petani Singkong Way Kanan menolak.";
        assert!(after_passive(
            text,
            &at_in(text, "Kepolisian Resor (Polres) Way Kanan"),
            &passives
        ));
        assert!(!after_passive(
            text,
            &at_in(text, "Persatuan Petani Singkong Way Kanan"),
            &passives
        ));
    }

    #[test]
    fn a_relative_clause_of_leading_and_a_trade_s_deputy() {
        let text = "Sarah Matthews, who chairs the growers' association, said so. Tony Reardon, \
                    who said the drains were blocked, disagreed.";
        assert!(leads_after(text, &at_in(text, "Sarah Matthews")));
        assert!(!leads_after(text, &at_in(text, "Tony Reardon")));
        let text = "souligne le lieutenant-colonel Stéphane Rialland, qui dirigeait les \
                    opérations de secours.";
        assert!(!leads_after(text, &at_in(text, "Stéphane Rialland")));
        let roles = [(role_class("prosecutor").unwrap_or_default(), ROLE_ASKED)];
        let text = "« Ce n'est pas seulement de l'argent public », a tonné la procureure \
                    adjointe, Claire Vasseur-Lemaire. Le maire adjoint, Paul Morel, s'est tu.";
        let gain = |name: &str| {
            role_gain_naming(
                text,
                &at_in(text, name),
                &roles,
                &HashSet::new(),
                &HashSet::new(),
            )
        };
        assert_eq!(gain("Claire Vasseur-Lemaire"), ROLE_ASKED);
        let mayor = [(role_class("mayor").unwrap_or_default(), ROLE_ASKED)];
        let deputy_mayor = role_gain_naming(
            text,
            &at_in(text, "Paul Morel"),
            &mayor,
            &HashSet::new(),
            &HashSet::new(),
        );
        assert_eq!(deputy_mayor, 1.0);
    }

    #[test]
    fn who_owns_asks_an_owner() {
        let nouns = nouns_asked(&words(
            "Who owns the warehouse from which the nuts were stolen?",
        ));
        assert!(nouns.contains(&"pemilik".to_string()), "{nouns:?}");
        let text =
            "Pemilik gudang, H. Zulkifli Abdullah (53), mengatakan pencurian baru diketahui.";
        assert!(noun_gain(text, &at_in(text, "Zulkifli Abdullah"), &nouns) > 1.0);
        // Indonesian names an owner after "milik", English after "owned by".
        let text = "Gudang itu milik pengusaha rempah H. Abdurrahman Sangaji (58), kata \
                    Kepala Dinas Pertanian, Ir. Marwan Sibua.";
        assert!(noun_gain(text, &at_in(text, "Abdurrahman Sangaji"), &nouns) > 1.0);
        assert_eq!(noun_gain(text, &at_in(text, "Marwan Sibua"), &nouns), 1.0);
        let text = "The boat, owned by Darto Sumarno, was moored at the quay.";
        assert!(noun_gain(text, &at_in(text, "Darto Sumarno"), &nouns) > 1.0);
    }

    #[test]
    fn the_body_a_noun_of_people_is_of() {
        let kinds = body_of_person_noun(&words(
            "Which police official announced the arrest of three people?",
        ));
        assert!(kinds.contains("police"), "{kinds:?}");
        assert!(names_body_kind("polda", &kinds));
        assert!(!names_body_kind("bpbd", &kinds));
        assert!(body_of_person_noun(&words("Which official announced it?")).is_empty());
        assert!(body_of_person_noun(&words("Siapa manajer koperasi petani Mutithi?")).is_empty());
    }

    #[test]
    fn a_day_a_rule_holds_from() {
        let text = "The new rules come into force on December 18, ahead of the peak. \
                    Fees rise from Monday 7 September.";
        for day in ["December 18", "Monday 7 September"] {
            let start = text.find(day).unwrap();
            assert!(after_from(text, &(start..start + day.len())), "{day}");
        }
        let text = "Drop-in sessions will be held on Thursday 20 August.";
        let start = text.find("Thursday").unwrap();
        assert!(!after_from(text, &(start..start + 18)));
    }

    #[test]
    fn a_day_something_holds_from() {
        assert!(asks_from(&words(
            "From what date will the operator restore six daily runs?"
        )));
        assert!(asks_from(&words(
            "À partir de quand la navette reprendra-t-elle ?"
        )));
        assert!(asks_from(&words("Mulai kapan harga baru berlaku?")));
        assert!(asks_from(&words("Kapan tarif baru mulai berlaku?")));
        assert!(asks_from(&words("When does the new tariff take effect?")));
        assert!(asks_from(&words(
            "Quand la nouvelle taxe entrera-t-elle en vigueur ?"
        )));
        assert!(!asks_from(&words("Where did the shuttle leave from?")));
        let text = "Depuis lundi 12 janvier, la navette ne circule plus. Nous reviendrons à six \
                    rotations à partir du samedi 14 février.";
        assert!(after_from(text, &at_in(text, "samedi 14 février")));
        assert!(!after_from(text, &at_in(text, "lundi 12 janvier")));
    }

    #[test]
    fn roles_glossed_in_brackets_are_asked() {
        let glossed = |q: &str| glossed_nouns(&words(q));
        assert_eq!(
            glossed("Who is the village head (penghulu) of Kampung Tasik Betung?"),
            ["penghulu"]
        );
        assert_eq!(
            glossed("Siapa anggota dewan (councillor) Divisi Mandeville?"),
            ["councillor"]
        );
        // A body's acronym or a name in brackets is no role.
        assert!(glossed("Who heads the fishermen's union (HNTST)?").is_empty());
        assert!(glossed("Who leads the Kenya Union (Nairobi)?").is_empty());
    }

    #[test]
    fn an_acronym_spelled_out_in_the_article_names_the_body_asked() {
        let texts = [
            "Para nelayan dalam Himpunan Nelayan Tradisional Sibolga (HNTST) menggiring kapal.",
            "Ketua HNTST, Marulam Hutagalung, mengatakan itu.",
        ];
        let article: Vec<StoredPassage> = texts.iter().map(|t| stored(t, Lang::Id)).collect();
        let people = people::recognise(&texts);
        let orgs = organisations::recognise(&texts, &people);
        let spelled = spelled_out(&article, &orgs);
        assert_eq!(
            spelled.get("HNTST").map(String::as_str),
            Some("Himpunan Nelayan Tradisional Sibolga")
        );
        let body: HashSet<String> = ["nelayan", "tradisional"]
            .iter()
            .map(|w| folded(w))
            .collect();
        let text = texts[1];
        let name = at_in(text, "Marulam Hutagalung");
        let none = SpelledOut::new();
        assert_eq!(
            body_gain(text, &name, (&body, &HashSet::new(), &none), false),
            1.0
        );
        assert_eq!(
            body_gain(text, &name, (&body, &HashSet::new(), &spelled), false),
            1.0 + 2.0 * BODY_ASKED
        );
    }

    #[test]
    fn a_name_as_two_languages_write_it() {
        assert!(same_name_word(&folded("Indonésie"), &folded("Indonesia")));
        assert!(!same_name_word(&folded("Japon"), &folded("Jepang")));
        assert!(!same_name_word("meta", "metal"));
    }

    #[test]
    fn closer_to_the_question_words_is_better() {
        let text =
            "Zuckerberg bertemu Yoon di Seoul. Lalu ia terbang ke Tokyo untuk bertemu Kishida.";
        let seoul = text.find("Seoul").unwrap_or(0);
        let tokyo = text.find("Tokyo").unwrap_or(0);
        let yoon = text.find("Yoon").unwrap_or(0);
        let highlights = [[yoon, yoon + 4]];
        assert!(
            closeness(text, &(seoul..seoul + 5), &highlights, 1)
                > closeness(text, &(tokyo..tokyo + 5), &highlights, 1)
        );
        assert_eq!(closeness(text, &(0..3), &[], 1), 0.0);
        // Beside the one word of the question a passage holds, out of the two another
        // passage holds: less close.
        let alone = closeness(text, &(seoul..seoul + 5), &highlights, 1);
        let lacking = closeness(text, &(seoul..seoul + 5), &highlights, 2);
        assert!((lacking - (alone + ABSENT_WORD) / 2.0).abs() < 1e-6);
    }

    #[test]
    fn a_number_describing_another_word_of_the_question_counts_nothing_asked() {
        let asked = AskedUnits::of("tremors followed the storm");
        assert!(asked.counts("storm"));
        assert!(asked.counts_another("storm"));
        assert!(!asked.counts_another("tremors"));
        // A word the question doesn't name is left to the other rules.
        assert!(!asked.counts_another("houses"));
        // `d'électeurs`: the noun counted, without its elision.
        let asked = AskedUnits::of("d'électeurs ont voté à Nantes");
        assert!(!asked.counts_another("électeurs"));
        // A name opening the topic is who counts, not what is counted.
        let asked = AskedUnits::of("Nantes a-t-elle reçu de touristes");
        assert!(!asked.counts_another("touristes"));
    }

    #[test]
    fn the_kind_of_body_asked_is_read_with_its_translations() {
        let kinds = kinds_of_body_asked(&words("which ministry approved the harbour plan"));
        assert!(kinds.contains("ministry"));
        assert!(kinds.contains("kementerian"));
        assert!(!kinds.contains("harbour"));
        let kinds = kinds_of_body_asked(&words("quelle autorité a sanctionné le club"));
        assert!(kinds.contains("autorité"));
        assert!(kinds_of_body_asked(&words("who won the match")).is_empty());
        // The body the question word goes with, not another the question names.
        let kinds = kinds_of_body_asked(&words(
            "Perusahaan tambang apa yang dilarang pengadilan membuka lahan",
        ));
        assert!(kinds.contains("perusahaan"), "{kinds:?}");
        assert!(
            !kinds.contains("pengadilan") && !kinds.contains("court"),
            "{kinds:?}"
        );
        assert!(names_a_company("Lunga Copper Exploration Limited"));
        // A business group; not a group of volunteers or of a council.
        assert!(names_a_company("Coral Coast Transit Group"));
        assert!(!names_a_company("Landcare Action Group"));
        assert!(!names_a_company("Council Working Group"));
    }

    #[test]
    fn a_street_named_after_someone_with_a_title() {
        assert_eq!(
            place_texts(
                "Ratusan guru itu berunjuk rasa di depan Kantor Bupati Kepulauan Tanimbar di \
                 Jalan Ir. Soekarno, Saumlaki, Selasa (19/5/2026).",
                Lang::Id
            ),
            ["Kantor Bupati Kepulauan Tanimbar", "Jalan Ir. Soekarno"]
        );
        // A hospital named after a doctor: the point of the title is no word of it.
        assert_eq!(
            place_texts(
                "Seorang petugas mengalami luka bakar dan dirawat di RSUD Dr. Abdul Rivai.",
                Lang::Id
            ),
            ["RSUD Dr. Abdul Rivai"]
        );
    }

    #[test]
    fn a_numbered_state_school_or_quarter() {
        assert_eq!(
            place_texts(
                "Warga dilepas dari posko pengungsian di SD Negeri 1 Cipangramatan, Senin.",
                Lang::Id
            ),
            ["SD Negeri 1 Cipangramatan"]
        );
        assert_eq!(
            place_texts(
                "Banjir merendam rumah di Kelurahan 7 Ulu, Palembang.",
                Lang::Id
            ),
            ["Kelurahan 7 Ulu"]
        );
    }

    #[test]
    fn a_body_s_acronym_in_a_role_s_phrase() {
        let text = "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Sumbawa, Drs. \
                    H. Jamaluddin Hasan, M.Si, mengatakan pihaknya mengerahkan 126 personel. \
                    Kepala KPH Batulanteh, Hasanuddin Ramli, menduga lahan dibakar.";
        assert!(acronym_in_role_phrase(
            text,
            &at_in(text, "Jamaluddin Hasan"),
            &["BPBD"]
        ));
        assert!(!acronym_in_role_phrase(
            text,
            &at_in(text, "Hasanuddin Ramli"),
            &["BPBD"]
        ));
        // The role set off after the name, past an age, the article elided onto the
        // acronym.
        let text = "« Nous changeons les amortisseurs », explique Rakotonirina Jean-Claude, 56 \
                    ans, président de l'UCTUM. Le président des étudiants, Tsiory \
                    Rabemanantsoa, juge la mesure insuffisante.";
        assert!(acronym_in_role_phrase(
            text,
            &at_in(text, "Rakotonirina Jean-Claude"),
            &["UCTUM"]
        ));
        assert!(!acronym_in_role_phrase(
            text,
            &at_in(text, "Tsiory Rabemanantsoa"),
            &["UCTUM"]
        ));
    }

    #[test]
    fn a_short_unit_ending_in_s_is_no_plural() {
        let text = "The company had been warned over the storage of 27 gas cylinders in a shed.";
        let q = quantities(text, Lang::Other)
            .into_iter()
            .find(|q| q.value == 27.0)
            .unwrap();
        let end = counted_after(text, Lang::Other, &q, &AskedUnits::of("bouteilles de gaz"));
        assert_eq!(
            end.map(|e| &text[q.range.start..e]),
            Some("27 gas cylinders")
        );
    }

    #[test]
    fn the_words_asked_after_a_unit_are_all_what_is_counted() {
        // The first number of `text` with the words counted after its unit, when any.
        let counted = |topic: &str, text: &'static str, lang: Lang| {
            let q = quantities(text, lang).remove(0);
            counted_after(text, lang, &q, &AskedUnits::of(topic))
                .map(|end| &text[q.range.start..end])
        };
        // A name after the noun counted is no word of it (the span ends at `36 regu`).
        assert_eq!(
            counted(
                "Masyarakat Peduli Api fire-prevention squads will Nagekeo regency form",
                "Pemkab akan membentuk 36 regu Masyarakat Peduli Api (MPA) di desa rawan.",
                Lang::Id
            ),
            None
        );
        // An English adjective after the number describes the noun counted after it; a
        // French compound in lower case after the noun is part of it.
        assert_eq!(
            counted(
                "saisonniers le centre emploiera",
                "The packhouse will employ 380 seasonal staff at the peak.",
                Lang::Other
            ),
            Some("380 seasonal staff")
        );
        assert_eq!(
            counted(
                "mesin tempel yang akan dibeli koperasi",
                "Le prêt doit permettre l'achat de 64 moteurs hors-bord de 15 chevaux.",
                Lang::Fr
            ),
            Some("64 moteurs hors-bord")
        );
        // A role's noun counted with what it heads; an English plural after the unit.
        assert_eq!(
            counted(
                "kepala keluarga nelayan mendaftar",
                "Sebanyak 212 kepala keluarga nelayan telah mendaftar.",
                Lang::Id
            ),
            Some("212 kepala keluarga")
        );
        // Not an English participle after the noun.
        assert_eq!(
            counted(
                "petani yang terdaftar sebagai anggota koperasi",
                "The cooperative has 4,200 farmers registered as members.",
                Lang::Other
            ),
            None
        );
        // A word after the unit the question counts too.
        assert_eq!(
            counted(
                "bateaux à moteur les pêcheurs ont mobilisés",
                "Mereka datang menggunakan 85 perahu motor dan membentangkan spanduk.",
                Lang::Id
            ),
            Some("85 perahu motor")
        );
        // A role's noun heads a noun counted, whatever the question's words.
        assert_eq!(
            counted(
                "households get electricity",
                "Sebanyak 640 kepala keluarga (KK) kini menikmati listrik.",
                Lang::Id
            ),
            Some("640 kepala keluarga")
        );
        // Not a verb after it: the role alone is what is counted.
        assert_eq!(
            counted(
                "auditors visited the villages",
                "Tim yang terdiri atas 18 auditor mendatangi kampung-kampung.",
                Lang::Id
            ),
            None
        );
        // So is the noun of two words the question opens with; not a verb after it.
        assert_eq!(
            counted(
                "tenaga kesehatan RSUD yang mogok kerja",
                "Sebanyak 186 tenaga kesehatan menggelar aksi mogok kerja.",
                Lang::Id
            ),
            Some("186 tenaga kesehatan")
        );
        assert_eq!(
            counted(
                "warga mengungsi akibat banjir",
                "Sebanyak 1.200 warga mengungsi ke balai desa.",
                Lang::Id
            ),
            None
        );
        assert_eq!(
            counted(
                "titulaires de licence sans travail",
                "The closure left 52 licence holders without work.",
                Lang::Other
            ),
            Some("52 licence holders")
        );
        assert_eq!(
            counted(
                "trawl net boats",
                "Sebanyak 120 kapal trawl net ditahan di pelabuhan.",
                Lang::Id
            ),
            Some("120 kapal trawl net")
        );
        // A classifier's count is told up to it (`214 unit`, of houses).
        let text = "Sebanyak 214 unit rumah rampung diperbaiki.";
        let at = text.find("214").unwrap_or_default();
        let told = ending_at_classifier(text, &(at..at + "214 unit rumah".len()));
        assert_eq!(&text[told], "214 unit");
        let at = text.find("rumah").unwrap_or_default();
        let told = ending_at_classifier(text, &(at..at + "rumah rampung".len()));
        assert_eq!(&text[told], "rumah rampung");
        // What is counted ends at the auxiliary: the question's verb and its object
        // after the unit are not part of it.
        let text = "Sebanyak 2.140 buruh kehilangan pekerjaan setelah penutupan pabrik.";
        assert_eq!(
            counted("ouvriers ont perdu leur emploi", text, Lang::Id),
            None
        );
        // A unit asked itself is followed by more of what is counted where modifiers
        // come first (English), never where they come after the noun.
        let text = "The platform now serves 80,000 smallholder farmers in three counties.";
        assert_eq!(
            counted("smallholder farmers", text, Lang::Other),
            Some("80,000 smallholder farmers")
        );
        let text = "Sebanyak 30.000 ekor anjing divaksin.";
        assert_eq!(counted("ekor anjing", text, Lang::Id), None);
        // A compound noun the question writes, one the dictionaries know, is counted
        // whole; not any run of the question's words (`bovins ont`).
        let text = "Polisi menyita 27 sepeda motor curian dari gudang itu.";
        assert_eq!(
            counted("sepeda motor curian", text, Lang::Id),
            Some("27 sepeda motor")
        );
        let text = "Au total, 1 240 bovins ont été vendus.";
        assert_eq!(counted("bovins ont été vendus", text, Lang::Fr), None);
    }

    #[test]
    fn a_date_in_brackets_after_its_weekday_is_read_with_it() {
        let text = "Banjir melanda Kampung Melayu, Senin (3/2/2025) pagi, dan surut pada 5/2/2025.";
        let got: Vec<&str> = crate::corpus::date::find_dates(text)
            .iter()
            .map(|(r, _)| &text[with_weekday(text, r)])
            .collect();
        assert_eq!(got, ["Senin (3/2/2025)", "5/2/2025"]);
    }

    #[test]
    fn a_place_of_origin_fits_less_unless_asked_where_from() {
        let h = hit(
            "Bus itu berangkat dari Terminal Kampung Rambutan menuju Rumah Sakit Umum Daerah Cibinong.",
            Lang::Id,
            "2025-01-01",
        );
        let fits = |asks_origin: bool| -> Vec<(String, f32)> {
            places(&h, asks_origin, &HashSet::new())
                .into_iter()
                .map(|c| (c.text, c.fit))
                .collect()
        };
        assert_eq!(
            fits(false),
            [("Terminal Kampung Rambutan".to_string(), ORIGIN_NOT_ASKED)]
        );
        assert_eq!(fits(true), [("Terminal Kampung Rambutan".to_string(), 1.0)]);
        let h = hit(
            "Korban dibawa ke RSUD Kota Bogor Selatan untuk diperiksa.",
            Lang::Id,
            "2025-01-01",
        );
        let got: Vec<String> = places(&h, false, &HashSet::new())
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert_eq!(got, ["RSUD Kota Bogor Selatan"]);
    }

    #[test]
    fn a_place_named_as_what_a_noun_of_place_is_of() {
        let text = "La voiture a été abandonnée dans une ruelle de Vierzon. The crew camped in the town of Ashford.";
        let got: Vec<(String, f32)> = places(
            &hit(text, Lang::Other, "2025-01-10"),
            false,
            &HashSet::new(),
        )
        .into_iter()
        .map(|c| (c.text, c.fit))
        .collect();
        assert_eq!(
            got,
            [
                ("Vierzon".to_string(), PLACE_OF),
                ("Ashford".to_string(), PLACE_OF)
            ]
        );
    }

    #[test]
    fn a_month_alone_hardly_answers_which_date() {
        let text = "Pemadaman bergilir berlangsung hingga akhir Juli 2026. Kerusakan terjadi \
                    pada Sabtu, 4 Juli 2026.";
        let h = hit(text, Lang::Id, "2026-07-06");
        let fit = |day: bool, written: &str| {
            dates(&h, false, false, day)
                .into_iter()
                .find(|c| c.text == written)
                .map(|c| c.fit)
        };
        assert!(fit(false, "Juli 2026").is_some());
        assert_eq!(
            fit(true, "Juli 2026"),
            fit(false, "Juli 2026").map(|f| f * MONTH_FOR_DAY)
        );
        assert_eq!(
            fit(true, "Sabtu, 4 Juli 2026"),
            fit(false, "Sabtu, 4 Juli 2026")
        );
    }

    #[test]
    fn a_date_ending_a_span_past_the_end_of_a_period() {
        for (text, date) in [
            ("Pemadaman bergilir hingga akhir Juli 2026.", "Juli 2026"),
            ("The road stays shut until the end of March.", "March"),
            ("Le pont restera fermé jusqu'à la fin juillet.", "juillet"),
            ("Le pont restera fermé jusqu'au 12 mai.", "12 mai"),
            (
                "Trois rotations du 2 novembre 2026 au 28 février 2027.",
                "28 février 2027",
            ),
        ] {
            assert!(after_until(text, &at_in(text, date)), "{text}");
        }
        let text = "La réouverture est prévue à la fin juillet.";
        assert!(!after_until(text, &at_in(text, "juillet")));
        let text = "Trois rotations du 2 novembre 2026 au 28 février 2027.";
        assert!(opens_a_range(text, &at_in(text, "2 novembre 2026")));
        assert!(!opens_a_range(text, &at_in(text, "28 février 2027")));
    }

    #[test]
    fn the_body_of_a_role_the_person_named_holds() {
        let texts = [
            "Kepala Dinas Lingkungan Hidup (DLH) Provinsi Gorontalo, Dra. Hj. Sri Wahyuni \
             Lamato, mengatakan setiap warga akan menerima upah.",
            "Hendrikus Lie, ketua Apkaltara, mengatakan harga turun.",
        ];
        let people = people::recognise(&texts);
        let first = texts[0];
        assert!(body_of_named(
            first,
            &at_in(first, "Dinas Lingkungan Hidup (DLH) Provinsi Gorontalo"),
            &people,
            0,
            "Sri Wahyuni Lamato"
        ));
        assert!(!body_of_named(
            first,
            &at_in(first, "Dinas Lingkungan Hidup (DLH) Provinsi Gorontalo"),
            &people,
            0,
            "Hendrikus Lie"
        ));
        let second = texts[1];
        assert!(body_of_named(
            second,
            &at_in(second, "Apkaltara"),
            &people,
            1,
            "Hendrikus Lie"
        ));
        // Past the acronym and the office's place the body's name leaves out.
        let third = "Kepala Dinas Perhubungan (Dishub) Provinsi Kepulauan Riau, Ir. Junaidi \
                     Harahap, M.T., menyatakan pihaknya belum menerima usulan.";
        let people = people::recognise(&[third]);
        assert!(body_of_named(
            third,
            &at_in(third, "Dinas Perhubungan"),
            &people,
            0,
            "Junaidi Harahap"
        ));
    }

    #[test]
    fn kinds_of_place_a_question_asks() {
        let kinds = |q: &str| kinds_of_place_asked(&words(q));
        // `bandara` gives `airport` both ways, though by few dictionaries.
        assert!(kinds("Depuis quel aéroport les crabes sont-ils expédiés ?").contains("bandara"));
        // A place's noun in a name the question gives is no kind asked.
        assert!(kinds("Where in Ilemela District were the nets burnt?").is_empty());
        assert!(kinds("In which district were the nets burnt?").contains("kecamatan"));
    }

    #[test]
    fn an_age_the_question_gives_beside_a_name() {
        let ages = |q: &str| ages_in_question(&words(q));
        assert_eq!(
            ages("Which 58-year-old Bonifacio boatman runs two launches?"),
            ["58"]
        );
        assert_eq!(ages("Quel éleveur de 61 ans a perdu ses vaches ?"), ["61"]);
        assert!(ages("Which boatman runs two 80-seat launches?").is_empty());
        let text = "Ghjuvan Petru Susini, 58 ans, exploite deux vedettes. Sukimin (58) bertani.";
        assert!(age_right_after(
            text,
            &at_in(text, "Ghjuvan Petru Susini"),
            "58"
        ));
        assert!(age_right_after(text, &at_in(text, "Sukimin"), "58"));
        assert!(!age_right_after(text, &at_in(text, "Sukimin"), "5"));
    }

    #[test]
    fn the_place_a_question_asks_within() {
        let within = |q: &str| places_asked_within(&words(q));
        assert!(within("which district in Sikka has the most dengue cases").contains("sikka"));
        assert!(within("Along which river does he grow rice in Kilombero District?").is_empty());
        assert!(
            within("In which village does the trader at the Long Midang border market live?")
                .is_empty()
        );
    }
}
