//! The query plan: a query or a question understood once, into plain data that the
//! one ranker (`search`) reads and nothing parses again.
//!
//! A plan is a list of concepts. A concept is what the user typed (a word, a
//! dictionary phrase such as `prime minister`, or a quoted phrase), whether it must,
//! should or must not match (see `syntax`), and its forms: the analysed terms per
//! analyser, each with where it came from (typed, an English base form, a translation,
//! a spelling correction), which sets its weight. A question adds its kind and speaker
//! (see `question`), which the ranker uses as features.
//!
//! Planning has two steps: `understand` reads the text alone (syntax, filler, forms,
//! translations); `Planner::resolve` then asks the index, once, what it holds: words
//! it lacks take their near spellings (said in `corrections`), and translations the
//! index never uses are dropped.

pub(crate) mod fuzzy;
pub(crate) mod question;
pub(crate) mod syntax;
pub(crate) mod words;

use tantivy::{Searcher, Term};

use crate::analysis::id_root::IndonesianRoots;
use crate::analysis::{self, AnalyzerKind, stopwords};
use crate::index::Fields;
use crate::language::{self, Lang};
use crate::translate::{self, Expansion, Tongue, english, lexicon};

pub use question::{Expect, Kind, Question};
pub use syntax::{Clause, Occur, Part};

/// Why a query can't be planned.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum QueryError {
    /// Nothing but white space.
    #[error("empty query")]
    Empty,
    /// A `"` opens a phrase that never closes.
    #[error("unmatched double quote in the query")]
    UnmatchedQuote,
    /// Only operators or punctuation.
    #[error("the query has no searchable word")]
    NothingToSearch,
    /// More words or bytes than a query may have.
    #[error(
        "the query is too long ({what}; at most {} words and {} bytes): search for its most telling words",
        syntax::MAX_QUERY_WORDS,
        syntax::MAX_QUERY_BYTES
    )]
    TooLong {
        /// What is too long: how many words or bytes.
        what: String,
    },
}

/// Where a form of a concept came from; it sets the form's weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The word as typed.
    Typed,
    /// An English base form of it (`GPUs` → `GPU`).
    Lemma,
    /// A dictionary translation.
    Translation,
    /// A form of a translation its analyser can't reach from it (`découvert` of
    /// `découvrir`): searched and counted as that translation.
    Inflection,
    /// A near spelling the index holds, for a word it doesn't.
    Correction,
}

/// Weight of an English base form against the word typed.
const LEMMA_WEIGHT: f32 = 0.9;
/// Weight of a translation against the word typed.
const TRANSLATION_WEIGHT: f32 = 0.6;
/// Weight of a near spelling.
const CORRECTION_WEIGHT: f32 = 0.9;
/// Weight, in the Indonesian and French fields, of a word typed that only English
/// knows: there it is mostly English code, labels and quotations, not the topic.
const FOREIGN_WEIGHT: f32 = 0.4;
/// English base forms tried per word.
const MAX_LEMMAS: usize = 2;
/// Senses kept per target language, of those the index holds.
const MAX_SENSES: usize = 3;

impl Origin {
    pub fn weight(self) -> f32 {
        match self {
            Origin::Typed => 1.0,
            Origin::Lemma => LEMMA_WEIGHT,
            Origin::Translation | Origin::Inflection => TRANSLATION_WEIGHT,
            Origin::Correction => CORRECTION_WEIGHT,
        }
    }
}

/// The terms one analyser makes of a concept's word, phrase or translation.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub kind: AnalyzerKind,
    /// Terms with their positions relative to the first (stop words leave gaps, as
    /// they do in the index).
    pub terms: Vec<(usize, String)>,
    pub origin: Origin,
    /// Several terms must stand in this order (a phrase); otherwise all must occur, in
    /// any order (a translation whose word order may differ).
    pub ordered: bool,
    /// Languages whose fields see the typed word only as English (code, labels,
    /// quotations): there it weighs less. Empty for names and shared words.
    pub foreign_in: Vec<AnalyzerKind>,
}

impl Form {
    /// The weight of this form in the field of analyser `field`.
    pub fn weight_in(&self, field: AnalyzerKind) -> f32 {
        let foreign = self.foreign_in.contains(&field);
        self.origin.weight() * if foreign { FOREIGN_WEIGHT } else { 1.0 }
    }
}

/// What a concept stands for in a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A word of a plain query, or of a question's topic.
    Topic,
    /// The person a question asks about.
    Speaker,
}

/// One concept of the query.
#[derive(Debug, Clone)]
pub struct Concept {
    /// As typed.
    pub source: String,
    pub occur: Occur,
    pub role: Role,
    pub forms: Vec<Form>,
    /// A name (`Yogyakarta`, `DeepSeek`): it tells which articles a query is about
    /// better than a common word of the same rarity.
    pub name: bool,
}

impl Concept {
    /// What the concept asks of each body field: each form in the field of its
    /// analyser (a neutral form in every field), with its weight there. A form asked
    /// of a field by several forms (the word typed and its Indonesian root, when they
    /// are the same) is asked once, with the best of their weights: the union of
    /// postings is what a query costs, whichever back end runs it.
    pub fn asked(&self) -> Vec<(AnalyzerKind, &Form, f32)> {
        let mut asked: Vec<(AnalyzerKind, &Form, f32)> = Vec::new();
        for form in &self.forms {
            for &kind in AnalyzerKind::ALL
                .iter()
                .filter(|&&kind| form.kind == kind || form.kind == AnalyzerKind::Neutral)
            {
                let weight = form.weight_in(kind);
                match asked.iter_mut().find(|(k, f, _)| {
                    *k == kind && f.terms == form.terms && f.ordered == form.ordered
                }) {
                    Some(same) => same.2 = same.2.max(weight),
                    None => asked.push((kind, form, weight)),
                }
            }
        }
        asked
    }
}

/// A word the index doesn't hold and the spellings searched instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The word as typed.
    pub word: String,
    /// The spellings the index holds that were searched instead.
    pub to: Vec<String>,
}

/// A question's kind and speaker, for the ranker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Intent {
    pub kind: Kind,
    pub speaker: Option<String>,
}

/// A query understood.
#[derive(Debug, Clone)]
pub struct QueryPlan {
    /// The text as typed.
    pub text: String,
    pub concepts: Vec<Concept>,
    /// Only passages in this language.
    pub lang: Option<Lang>,
    /// How the words were translated, to tell the user.
    pub expansion: Vec<Expansion>,
    /// Spelling corrections made, to tell the user.
    pub corrections: Vec<Correction>,
    /// For a question: its kind and speaker.
    pub intent: Option<Intent>,
    /// The query holds nothing but common words (searched as written, untranslated).
    pub common_words_only: bool,
}

impl QueryPlan {
    /// The concepts that can make a passage match (not the excluded ones).
    pub fn positive(&self) -> impl Iterator<Item = (usize, &Concept)> {
        self.concepts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.occur != Occur::MustNot)
    }
}

/// How to plan.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlanOptions {
    pub translate: bool,
    pub lang: Option<Lang>,
}

/// Reads a query (no index needed).
pub fn understand(text: &str, options: PlanOptions) -> Result<QueryPlan, QueryError> {
    let clauses = syntax::parse(text)?;
    let (concepts, expansion) = concepts_of(&clauses, options.translate, Role::Topic)?;
    let common_words_only = clauses
        .iter()
        .all(|c| matches!(&c.part, Part::Word(w) if is_filler(w)));
    // A query written as a question ("how many GPUs…", "who did X meet…") ranks with
    // what it asks for, as `ask` does; its words are searched as typed.
    let question = question::read(text);
    let intent = (question.kind != Kind::Topic).then_some(Intent {
        kind: question.kind,
        speaker: question.speaker,
    });
    Ok(QueryPlan {
        text: text.to_string(),
        concepts,
        lang: options.lang,
        expansion,
        corrections: Vec::new(),
        intent,
        common_words_only,
    })
}

/// Reads a question: its speaker's name as typed (a name is never translated), its
/// topic's words translated, its kind as a feature for the ranker.
pub fn understand_question(
    text: &str,
    options: PlanOptions,
) -> Result<(QueryPlan, Question), QueryError> {
    let question = question::read(text);
    let speaker = question.speaker.as_deref().unwrap_or("");
    let mut concepts = Vec::new();
    let mut expansion = Vec::new();
    if !speaker.trim().is_empty() {
        let clauses = syntax::parse(speaker)?;
        concepts.extend(concepts_of(&clauses, false, Role::Speaker)?.0);
    }
    if !question.topic.trim().is_empty()
        && let Ok(clauses) = syntax::parse(&question.topic)
        && let Ok((topic, used)) = concepts_of(&clauses, options.translate, Role::Topic)
    {
        concepts.extend(topic);
        expansion = used;
    }
    if concepts.is_empty() {
        // Nothing but question words: search what was typed.
        return understand(text, options).map(|plan| (plan, question));
    }
    let plan = QueryPlan {
        text: text.to_string(),
        concepts,
        lang: options.lang,
        expansion,
        corrections: Vec::new(),
        intent: Some(Intent {
            kind: question.kind,
            speaker: question.speaker.clone(),
        }),
        common_words_only: false,
    };
    Ok((plan, question))
}

/// What planning (and the ranker's weights) ask of an index, local or on a cluster:
/// how many passages hold a term, how many passages there are, which indexed terms are
/// near spellings of a word.
pub trait TermStatistics {
    /// Passages in the index.
    fn num_docs(&self) -> u64;
    /// How many passages hold `term` in the fields `kind`'s terms are asked of (the
    /// most of any one field).
    fn doc_freq(&self, kind: AnalyzerKind, term: &str) -> u64;
    /// Indexed terms near `term` (as the neutral analyser makes it), best first (see
    /// `fuzzy`).
    fn corrections(&self, term: &str) -> Vec<String>;
}

/// The statistics of a local index, read from one searcher.
pub struct LocalStatistics {
    pub searcher: Searcher,
    pub fields: Fields,
}

impl TermStatistics for LocalStatistics {
    fn num_docs(&self) -> u64 {
        self.searcher.num_docs()
    }

    fn doc_freq(&self, kind: AnalyzerKind, term: &str) -> u64 {
        self.fields
            .fields_for(kind)
            .filter_map(|field| {
                self.searcher
                    .doc_freq(&Term::from_field_text(field, term))
                    .ok()
            })
            .max()
            .unwrap_or(0)
    }

    fn corrections(&self, term: &str) -> Vec<String> {
        let fields: Vec<_> = self.fields.fields_for(AnalyzerKind::Neutral).collect();
        fuzzy::corrections(&self.searcher, &fields, term)
    }
}

/// The index-dependent part of planning.
pub struct Planner<'a> {
    pub stats: &'a dyn TermStatistics,
}

impl Planner<'_> {
    /// See `TermStatistics::doc_freq`.
    pub fn doc_freq(&self, kind: AnalyzerKind, term: &str) -> u64 {
        self.stats.doc_freq(kind, term)
    }

    fn form_occurs(&self, form: &Form) -> bool {
        form.terms
            .iter()
            .all(|(_, t)| self.doc_freq(form.kind, t) > 0)
    }

    /// Corrects the words the index lacks and keeps the translations it holds.
    pub fn resolve(&self, plan: &mut QueryPlan) {
        for concept in &mut plan.concepts {
            self.keep_used_senses(concept);
            if let Some(correction) = self.correct(concept) {
                plan.corrections.push(correction);
            }
        }
        let kept: Vec<&Concept> = plan.concepts.iter().collect();
        // The expansion told to the user lists the senses searched.
        for unit in &mut plan.expansion {
            let Some(concept) = kept.iter().find(|c| c.source == unit.word) else {
                continue;
            };
            for (tongue, texts) in unit.translations.iter_mut() {
                texts.retain(|t| {
                    let forms = match tongue {
                        Tongue::En => vec![english_form(t)],
                        _ => vec![
                            translation_form(*tongue, t, false),
                            translation_form(*tongue, t, true),
                        ],
                    };
                    forms.into_iter().flatten().any(|form| {
                        concept
                            .forms
                            .iter()
                            .any(|f| f.kind == form.kind && f.terms == form.terms)
                    })
                });
            }
            unit.translations.retain(|_, v| !v.is_empty());
        }
        plan.expansion.retain(|u| !u.translations.is_empty());
    }

    /// Drops the translations the index never holds, and keeps at most `MAX_SENSES`
    /// per language, best first. The inflections of an English sense kept (`teachers`
    /// beside `teacher`) are that sense, not another.
    fn keep_used_senses(&self, concept: &mut Concept) {
        let mut kept_per_kind = [0usize; 3];
        let mut kept_english: Vec<Form> = Vec::new();
        concept.forms.retain(|form| {
            if !matches!(form.origin, Origin::Translation | Origin::Inflection) {
                return true;
            }
            let slot = match form.kind {
                AnalyzerKind::Id => 0,
                AnalyzerKind::Fr => 1,
                AnalyzerKind::Neutral => 2,
            };
            // So is an Indonesian short form of a sense (`polresta` of `polisi`).
            let inflection = form.origin == Origin::Inflection
                || (form.kind == AnalyzerKind::Neutral
                    && kept_english.iter().any(|b| inflects(form, b)))
                || (form.kind == AnalyzerKind::Id
                    && form.terms.len() == 1
                    && crate::translate::abbreviation::is_short_form(&form.terms[0].1));
            if (!inflection && kept_per_kind[slot] >= MAX_SENSES) || !self.form_occurs(form) {
                return false;
            }
            if form.kind == AnalyzerKind::Neutral && !inflection {
                kept_english.push(form.clone());
            }
            if !inflection {
                kept_per_kind[slot] += 1;
            }
            true
        });
    }

    /// A concept none of whose forms the index holds takes the near spellings of its
    /// typed word.
    fn correct(&self, concept: &mut Concept) -> Option<Correction> {
        if concept.occur == Occur::MustNot || concept.forms.iter().any(|f| self.form_occurs(f)) {
            return None;
        }
        let typed = concept
            .forms
            .iter()
            .find(|f| f.kind == AnalyzerKind::Neutral && f.terms.len() == 1)?;
        let corrections = self.stats.corrections(&typed.terms[0].1);
        if corrections.is_empty() {
            return None;
        }
        concept.forms = corrections
            .iter()
            .map(|t| Form {
                kind: AnalyzerKind::Neutral,
                terms: vec![(0, t.clone())],
                origin: Origin::Correction,
                ordered: true,
                foreign_in: Vec::new(),
            })
            .collect();
        Some(Correction {
            word: concept.source.clone(),
            to: corrections,
        })
    }
}

fn analyzed_form(kind: AnalyzerKind, text: &str, origin: Origin) -> Option<Form> {
    let tokens = analysis::analyze(kind, text);
    let first = tokens.first()?.position;
    Some(Form {
        kind,
        terms: tokens
            .into_iter()
            .map(|t| (t.position - first, t.term))
            .collect(),
        origin,
        ordered: !matches!(origin, Origin::Translation | Origin::Inflection),
        foreign_in: Vec::new(),
    })
}

/// Adds `form` to `forms` unless a form of the same analyser already has its terms.
fn add_form(forms: &mut Vec<Form>, form: Option<Form>) {
    if let Some(form) = form
        && !forms
            .iter()
            .any(|f| f.kind == form.kind && f.terms == form.terms)
    {
        forms.push(form);
    }
}

/// A word written as a name or an acronym: a capital after its first letter
/// (`DeepSeek`, `AI`, `iPhone`), or a capitalised word that isn't the query's first.
fn is_name(word: &str, first_in_query: bool) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return false;
    };
    let inner_capital = letters.any(char::is_uppercase);
    inner_capital || (first.is_uppercase() && !first_in_query)
}

/// Written in capitals, as an acronym is (`AI`, `AS`, `EU`).
fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// The forms of a word or phrase: as typed, by every analyser (a name or acronym only
/// as written: a stemmer would make it another word), its English base forms, and its
/// translations.
fn forms_of(text: &str, name: bool, expansion: Option<&Expansion>) -> Vec<Form> {
    let mut forms: Vec<Form> = if name {
        let mut forms: Vec<Form> = analyzed_form(AnalyzerKind::Neutral, text, Origin::Typed)
            .into_iter()
            .collect();
        // A stop word inside a name (`Saint-Guénolé-des-Landes`, `Comblain-au-Pont`) is
        // not in the Indonesian and French fields, whose analysers drop stop words:
        // there the name is asked without it, leaving its gap as the index does.
        if let Some(typed) = forms.first().cloned() {
            for kind in [AnalyzerKind::Id, AnalyzerKind::Fr] {
                let kept: Vec<(usize, String)> = typed
                    .terms
                    .iter()
                    .filter(|(_, t)| !analysis::drops_neutral_term(kind, t))
                    .cloned()
                    .collect();
                if let Some(&(first, _)) = kept.first()
                    && kept.len() < typed.terms.len()
                {
                    forms.push(Form {
                        kind,
                        terms: kept.into_iter().map(|(p, t)| (p - first, t)).collect(),
                        ..typed.clone()
                    });
                }
            }
        }
        forms
    } else {
        AnalyzerKind::ALL
            .iter()
            .filter_map(|&kind| analyzed_form(kind, text, Origin::Typed))
            .collect()
    };
    if !name && !text.contains(' ') {
        let foreign_in = foreign_fields(text);
        for form in forms.iter_mut().filter(|f| f.kind == AnalyzerKind::Neutral) {
            form.foreign_in = foreign_in.clone();
        }
    }
    if !text.contains(' ') && !name {
        for lemma in english::lemmas(&text.to_lowercase())
            .into_iter()
            .take(MAX_LEMMAS)
        {
            add_form(
                &mut forms,
                analyzed_form(AnalyzerKind::Neutral, &lemma, Origin::Lemma),
            );
        }
    }
    for (tongue, texts) in expansion.map(|e| &e.translations).into_iter().flatten() {
        for t in texts {
            if *tongue == Tongue::En {
                // English text is indexed unstemmed: the translation `teacher` must
                // also meet `teachers`.
                add_form(&mut forms, english_form(t));
                for inflected in english_inflections(t) {
                    add_form(&mut forms, english_form(&inflected));
                }
            } else {
                // A capitalised word may be a common noun in a name (`Kementerian
                // Kesehatan`), whose translation is written in lower case (`ministère
                // de la santé`): both readings.
                add_form(&mut forms, translation_form(*tongue, t, false));
                if name {
                    add_form(&mut forms, translation_form(*tongue, t, true));
                }
                // `découvert` of `découvrir`, which French stemming doesn't tie.
                if *tongue == Tongue::Fr
                    && let Some(participle) = crate::translate::french::irregular_participle(t)
                {
                    add_form(
                        &mut forms,
                        analyzed_form(AnalyzerKind::Fr, &participle, Origin::Inflection),
                    );
                }
            }
        }
    }
    forms
}

/// The form of a French or Indonesian translation. A name's translation is a name too,
/// which the French and Indonesian analysers keep unstemmed as the index holds it
/// (`Corse`, not the adjective's stem `cors`); opening the text, a capitalised word is
/// also read as a common word (`corse` and `cors` at one position), so the name's
/// reading, the first, is kept alone.
fn translation_form(tongue: Tongue, text: &str, name: bool) -> Option<Form> {
    let kind = AnalyzerKind::from(tongue);
    if !name {
        return analyzed_form(kind, text, Origin::Translation);
    }
    let mut chars = text.chars();
    let capitalised: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    let mut form = analyzed_form(kind, &capitalised, Origin::Translation)?;
    let mut seen = Vec::new();
    form.terms.retain(|(position, _)| {
        let first = !seen.contains(position);
        seen.push(*position);
        first
    });
    Some(form)
}

/// The form of an English translation. The neutral analyser keeps stop words, which
/// the French and Indonesian ones drop: a translation's common words (`how` in `how
/// many` for `combien`, `from` in `across from` for `contre`) would match nearly every
/// English passage, so they are left out, and a translation of nothing else is none.
fn english_form(text: &str) -> Option<Form> {
    let mut form = analyzed_form(AnalyzerKind::Neutral, text, Origin::Translation)?;
    form.terms.retain(|(_, t)| !stopwords::is_stop_word(t));
    let first = form.terms.first()?.0;
    for (position, _) in &mut form.terms {
        *position -= first;
    }
    Some(form)
}

/// An English translation with its last word inflected (`trade union` → `trade
/// unions`): the forms English text writes it in.
fn english_inflections(text: &str) -> Vec<String> {
    let (head, last) = match text.rsplit_once(' ') {
        Some((head, last)) => (format!("{head} "), last),
        None => (String::new(), text),
    };
    english::inflections(last)
        .into_iter()
        .map(|form| format!("{head}{form}"))
        .collect()
}

/// Whether `form` is an inflection of `base` (`teachers` of `teacher`, or `trade
/// unions` of `trade union`): the same English sense, not another one.
fn inflects(form: &Form, base: &Form) -> bool {
    let (Some(((_, last), head)), Some(((_, base_last), base_head))) =
        (form.terms.split_last(), base.terms.split_last())
    else {
        return false;
    };
    head == base_head && english::lemmas(last).iter().any(|l| l == base_last)
}

/// The language fields in which `word` can only be English: an English dictionary
/// word (or the base form of one) that neither the Indonesian nor the French
/// dictionaries know as written, and that doesn't translate to itself (`digital`).
fn foreign_fields(word: &str) -> Vec<AnalyzerKind> {
    let lower = word.to_lowercase();
    let mut english: Vec<String> = vec![lower.clone()];
    english.extend(english::lemmas(&lower));
    let Some(headword) = english.iter().find(|w| {
        !lexicon::lookup(Tongue::En, Tongue::Id, w).is_empty()
            || !lexicon::lookup(Tongue::En, Tongue::Fr, w).is_empty()
    }) else {
        return Vec::new();
    };
    let to_itself =
        |to: Tongue| lexicon::lookup(Tongue::En, to, headword).contains(&lower.as_str());
    let roots = IndonesianRoots::shared();
    let indonesian = to_itself(Tongue::Id)
        || !lexicon::lookup(Tongue::Id, Tongue::Fr, &lower).is_empty()
        || roots.is_root(&lower);
    let french =
        to_itself(Tongue::Fr) || !lexicon::lookup(Tongue::Fr, Tongue::Id, &lower).is_empty();
    let mut foreign = Vec::new();
    if !indonesian {
        foreign.push(AnalyzerKind::Id);
    }
    if !french {
        foreign.push(AnalyzerKind::Fr);
    }
    foreign
}

/// Whether every word of `word` (as the neutral analyser splits it) is filler. A word
/// in capitals (`AI`, `AS`, `US`) never is: it is an acronym, not the stop word it
/// spells.
fn is_filler(word: &str) -> bool {
    if is_acronym(word) {
        return false;
    }
    // Lower-cased as typed ("été") and folded as the neutral field holds it.
    let lower = word.to_lowercase();
    let typed: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let is_stop = |t: &str| stopwords::is_stop_word(t) || language::any(|p| p.query_filler, t);
    if !typed.is_empty() && typed.iter().all(|t| is_stop(t)) {
        return true;
    }
    let terms = analysis::terms(AnalyzerKind::Neutral, word);
    !terms.is_empty() && terms.iter().all(|t| is_stop(t))
}

/// The concepts of clauses: a run of words split into dictionary units (`prime
/// minister` is one), filler dropped unless the query is nothing else; a quoted phrase
/// is one concept, translated as a phrase.
fn concepts_of(
    clauses: &[Clause],
    translate: bool,
    role: Role,
) -> Result<(Vec<Concept>, Vec<Expansion>), QueryError> {
    let all_filler = clauses.iter().all(|c| match &c.part {
        Part::Word(w) => is_filler(w),
        Part::Phrase(_) => false,
    });
    let mut concepts = Vec::new();
    let mut used = Vec::new();
    let mut i = 0;
    while i < clauses.len() {
        let first_in_query = i == 0;
        match &clauses[i].part {
            Part::Phrase(p) => {
                let expansion = translate.then(|| Expansion {
                    word: p.clone(),
                    translations: translate::phrase_translations(p),
                    words: p.split_whitespace().count(),
                });
                let forms = forms_of(p, false, expansion.as_ref());
                if let Some(e) = expansion
                    && !e.translations.is_empty()
                {
                    used.push(e);
                }
                if !forms.is_empty() {
                    // A phrase typed is what the user wants: it must match, unless
                    // excluded.
                    let occur = match clauses[i].occur {
                        Occur::MustNot => Occur::MustNot,
                        _ => Occur::Must,
                    };
                    concepts.push(Concept {
                        source: p.clone(),
                        occur,
                        role,
                        forms,
                        name: false,
                    });
                }
                i += 1;
            }
            Part::Word(_) => {
                // A run of words of one occurrence, for dictionary phrases.
                let occur = clauses[i].occur;
                let typed: Vec<&str> = clauses[i..]
                    .iter()
                    .map_while(|c| match &c.part {
                        Part::Word(w) if c.occur == occur => Some(w.as_str()),
                        _ => None,
                    })
                    .collect();
                let start = i;
                i += typed.len();
                // `migrant-worker`: its parts, when only they translate.
                let run: Vec<&str> = typed
                    .iter()
                    .flat_map(|w| {
                        translate
                            .then(|| translate::compound_parts(w))
                            .flatten()
                            .unwrap_or_else(|| vec![w])
                    })
                    .collect();
                let units: Vec<Expansion> = if translate && !all_filler {
                    translate::expand(&run)
                } else {
                    run.iter()
                        .map(|w| Expansion {
                            word: w.to_string(),
                            translations: Default::default(),
                            words: 1,
                        })
                        .collect()
                };
                let mut offset = 0;
                for unit in units {
                    let first = first_in_query && offset == 0 && start == 0;
                    offset += unit.words;
                    if !all_filler && unit.word.split_whitespace().all(is_filler) {
                        continue;
                    }
                    let mut unit = unit;
                    // `Baie-Comeau's`: a name is searched without English's possessive,
                    // which a hyphenated name would otherwise ask as a word of its own.
                    if unit.words == 1
                        && unit.word.starts_with(char::is_uppercase)
                        && let Some(owner) = unit
                            .word
                            .strip_suffix("'s")
                            .or_else(|| unit.word.strip_suffix("\u{2019}s"))
                            .filter(|o| o.chars().count() >= 2)
                    {
                        unit.word = owner.to_string();
                    }
                    let name = unit.words == 1 && is_name(&unit.word, first);
                    if name && !unit.translations.is_empty() {
                        unit.translations = translate::translate_name(&unit.word);
                    }
                    let mut forms = forms_of(&unit.word, name, Some(&unit));
                    if all_filler {
                        // Nothing but common words: search them as written.
                        forms.retain(|f| {
                            f.kind == AnalyzerKind::Neutral && f.origin == Origin::Typed
                        });
                    }
                    if forms.is_empty() {
                        continue;
                    }
                    if !unit.translations.is_empty() {
                        used.push(unit.clone());
                    }
                    concepts.push(Concept {
                        source: unit.word,
                        occur,
                        role,
                        forms,
                        name,
                    });
                }
            }
        }
    }
    if concepts.is_empty() {
        return Err(QueryError::NothingToSearch);
    }
    // Only exclusions (`NOT DeepSeek`) match nothing, as in Lucene.
    Ok((concepts, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(text: &str) -> Vec<String> {
        understand(text, PlanOptions::default())
            .unwrap()
            .concepts
            .into_iter()
            .map(|c| c.source)
            .collect()
    }

    /// The plan of a query with its translations.
    fn understand_translated(text: &str) -> QueryPlan {
        let options = PlanOptions {
            translate: true,
            lang: None,
        };
        understand(text, options).unwrap()
    }

    #[test]
    fn filler_is_dropped_and_words_get_every_analyser() {
        assert_eq!(
            sources("what did Zuckerberg say about DeepSeek"),
            ["Zuckerberg", "DeepSeek"]
        );
        assert_eq!(
            sources("how many GPUs was Llama trained on"),
            ["GPUs", "Llama", "trained"]
        );
        let plan = understand("kecerdasan", PlanOptions::default()).unwrap();
        assert_eq!(plan.concepts[0].forms.len(), 3);
    }

    #[test]
    fn a_names_possessive_is_not_searched() {
        assert_eq!(
            sources("Baie-Comeau's snow contract"),
            ["Baie-Comeau", "snow", "contract"]
        );
        assert_eq!(sources("Makassar’s vendors"), ["Makassar", "vendors"]);
    }

    #[test]
    fn a_query_of_filler_only_still_searches() {
        assert_eq!(sources("the who").len(), 2);
    }

    #[test]
    fn acronyms_are_never_filler() {
        assert_eq!(
            sources("investasi AI di Eropa"),
            ["investasi", "AI", "Eropa"]
        );
        assert_eq!(sources("perusahaan AS"), ["perusahaan", "AS"]);
        // In lower case they are the stop words they spell.
        assert_eq!(sources("investasi ai"), ["investasi"]);
    }

    #[test]
    fn a_name_s_translation_is_searched_as_a_name() {
        let plan = understand_translated("power cut in Corsica");
        let corsica = plan.concepts.iter().find(|c| c.source == "Corsica");
        let french: Vec<Vec<(usize, String)>> = corsica
            .map(|c| {
                c.forms
                    .iter()
                    .filter(|f| f.kind == AnalyzerKind::Fr && f.origin == Origin::Translation)
                    .map(|f| f.terms.clone())
                    .collect()
            })
            .unwrap_or_default();
        // `Corse` as the index holds the name, alone at its position: not with the
        // stem of the adjective `corse` beside it, which no text holds with the name.
        assert!(
            french.contains(&vec![(0, "corse".to_string())]),
            "{french:?}"
        );
    }

    #[test]
    fn a_french_translation_brings_its_irregular_participle() {
        let plan = understand_translated("who discovered the theft");
        let participle = analyzed_form(AnalyzerKind::Fr, "découvert", Origin::Inflection)
            .map(|f| f.terms)
            .unwrap_or_default();
        let discovered = plan.concepts.iter().find(|c| c.source == "discovered");
        assert!(
            discovered.is_some_and(|c| c.forms.iter().any(|f| f.kind == AnalyzerKind::Fr
                && f.origin == Origin::Inflection
                && f.terms == participle)),
            "{discovered:?}"
        );
    }

    #[test]
    fn a_stop_word_inside_a_name_leaves_a_gap_in_the_fields_that_drop_it() {
        let forms = forms_of("Saint-Guénolé-des-Landes", true, None);
        let of = |kind: AnalyzerKind| {
            forms
                .iter()
                .find(|f| f.kind == kind)
                .map(|f| f.terms.clone())
        };
        let terms = |list: &[(usize, &str)]| {
            list.iter()
                .map(|&(p, t)| (p, t.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            of(AnalyzerKind::Neutral),
            Some(terms(&[
                (0, "saint"),
                (1, "guenole"),
                (2, "des"),
                (3, "landes")
            ]))
        );
        assert_eq!(
            of(AnalyzerKind::Fr),
            Some(terms(&[(0, "saint"), (1, "guenole"), (3, "landes")]))
        );
        // Indonesian keeps `des`: the name is asked there as typed.
        assert_eq!(of(AnalyzerKind::Id), None);
        let forms = forms_of("Dan Brown", true, None);
        assert!(
            forms
                .iter()
                .any(|f| f.kind == AnalyzerKind::Id && f.terms == terms(&[(0, "brown")]))
        );
    }

    #[test]
    fn names_are_searched_as_written() {
        let plan = understand("investasi Meta", PlanOptions::default()).unwrap();
        let meta = &plan.concepts[1];
        assert!(
            meta.forms
                .iter()
                .all(|f| f.kind == AnalyzerKind::Neutral && f.terms[0].1 == "meta"),
            "{:?}",
            meta.forms
        );
        // The first word of a query may be an ordinary word with a capital.
        let plan = understand("Investasi Meta", PlanOptions::default()).unwrap();
        assert!(plan.concepts[0].forms.len() > 1);
    }

    #[test]
    fn excluded_and_required_parts() {
        let plan = understand("Meta -DeepSeek", PlanOptions::default()).unwrap();
        assert_eq!(plan.concepts[1].occur, Occur::MustNot);
        assert_eq!(plan.positive().count(), 1);
        let only_excluded = understand("-DeepSeek", PlanOptions::default()).unwrap();
        assert_eq!(only_excluded.positive().count(), 0);
    }

    #[test]
    fn english_translations_leave_common_words_out() {
        assert!(english_form("against").is_none());
        assert_eq!(english_form("how many").expect("a form").terms.len(), 1);
        let form = english_form("across from").expect("a form");
        assert_eq!(form.terms, [(0, "across".to_string())]);
        let form = english_form("trade union").expect("a form");
        assert_eq!(form.terms.len(), 2);
        assert_eq!(english_inflections("trade union")[0], "trade unions");
    }

    #[test]
    fn quoted_phrases_are_translated() {
        let plan = understand_translated("\"artificial intelligence\"");
        let concept = &plan.concepts[0];
        assert_eq!(concept.occur, Occur::Must);
        assert!(
            concept
                .forms
                .iter()
                .any(|f| f.origin == Origin::Translation && f.kind == AnalyzerKind::Id),
            "{:?}",
            concept.forms
        );
    }
}
