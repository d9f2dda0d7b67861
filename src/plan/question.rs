//! Reading a question: what kind it is, who it is about (the speaker), and what about
//! (the topic), in English, Indonesian or French phrasings.
//!
//! "what did Zuckerberg say about DeepSeek" / "apa kata Huang tentang WhatsApp" /
//! "qu'a dit Zuckerberg sur l'intelligence artificielle" → said, speaker, topic.
//! "who did Zuckerberg meet" → met; "how many …" / "berapa …" / "combien …" → how
//! many; "when …" / "kapan …" / "quand …" → when; "who …" → who; anything else is a
//! plain topic.

use super::words::words;
use crate::language::{self, Profile, en};

/// What a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// What someone said ("what did X say about Y").
    Said,
    /// Whom someone met.
    Met,
    /// A number ("how many", "berapa", "combien").
    HowMany,
    /// A date ("when", "kapan", "quand").
    When,
    /// A person ("who", "siapa", "qui").
    Who,
    /// Anything about the topic: no particular kind of answer.
    Topic,
}

impl Kind {
    /// Whether `wants` can hold for this kind.
    pub fn wants_anything(self) -> bool {
        matches!(self, Kind::HowMany | Kind::When | Kind::Met)
    }

    /// Whether `text` holds what a question of this kind asks for: a number for "how
    /// many", a date for "when", a meeting for "met". Always false for other kinds.
    pub fn wants(self, text: &str) -> bool {
        match self {
            Kind::HowMany => has_number(text),
            Kind::When => has_date(text),
            Kind::Met => has_meeting(text),
            Kind::Said | Kind::Who | Kind::Topic => false,
        }
    }
}

/// What kind of thing answers a question: who → a person, when → a date, how many →
/// a number with its unit, how much → a sum of money, how old → an age, where → a
/// place. `None` for a question answered by quotations or passages only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// Who: a person (or, for a plain "who", an organisation).
    Person,
    /// Which company, ministry, club: an organisation.
    Organisation,
    /// When: a date.
    Date,
    /// How many: a number and what it counts.
    Count,
    /// How much: a sum and its currency.
    Money,
    /// How old: an age.
    Age,
    /// Where: a place.
    Place,
}

/// A question, read: its kind, the person it names, its topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// The question, as asked.
    pub question: String,
    /// What it asks for.
    pub kind: Kind,
    /// What answers it, when the answer is a thing the passages name.
    pub expects: Option<Expect>,
    /// The person it asks about, when it names one.
    pub speaker: Option<String>,
    /// The topic words, as typed.
    pub topic: String,
    /// The noun naming the kind of thing asked, when the question asks by a noun no
    /// class of words knows (`settlement` of "which settlement does …", `pasar` of
    /// "di pasar mana …"), lower case: what answers is then a name the passage
    /// writes beside that noun or one of its translations.
    pub kind_noun: Option<String>,
}

/// A class of words, in every language of the table.
type Class = fn(&Profile) -> &'static [&'static str];
const SAID: Class = |p| p.asks_said;
const MET: Class = |p| p.asks_met;
const HOW_MANY: Class = |p| p.asks_how_many;
const WHEN: Class = |p| p.asks_when;
const WHO: Class = |p| p.asks_who;
const WHERE: Class = |p| p.asks_where;
const AGE: Class = |p| p.asks_age;
const MONEY: Class = |p| p.asks_money;
/// Words that introduce the topic.
const ABOUT: Class = |p| p.about;
/// Words of a question that are neither speaker nor topic.
const QUESTION_WORDS: Class = |p| p.question_words;

fn is_one_of(word: &str, class: Class) -> bool {
    language::any(class, word)
}

/// Whether a "who" word asks who: opening the question, or after a small word (`à
/// qui`, `and who`), not as a relative pronoun after a noun (`la future mère qui
/// craint …` of "dans quelle commune habite …").
fn asks_who(lower: &[&str]) -> bool {
    lower.iter().enumerate().any(|(i, w)| {
        is_one_of(w, WHO)
            && (i == 0
                // "Dokter siapa …": Indonesian puts "siapa" after the noun it asks.
                || (i == 1 && language::id::ASKS_WHO.contains(w))
                || lower
                    .get(i - 1)
                    .is_some_and(|p| crate::ask::quotes::is_common_word(p)))
    })
}

/// "quel montant la société dit-elle avoir réservé", "which sum did the firm say it set
/// aside": "which" and a noun before a verb of saying that is inverted or follows
/// "did": the noun is what was said, asked as any other noun is, not a quotation.
fn asks_what_was_reported(lower: &[&str]) -> bool {
    let Some(verb) = lower
        .iter()
        .position(|w| is_one_of(without_inversion(w), SAID))
    else {
        return false;
    };
    let inverted = without_inversion(lower[verb]) != lower[verb]
        || lower[..verb]
            .iter()
            .any(|w| matches!(*w, "did" | "does" | "do"));
    inverted && (0..verb).any(|i| which_and_a_noun(lower, i) && !is_one_of(lower[i + 1], SAID))
}

/// Whether word `i` of a question is "which" (`quel`, `quelle`, …) and a noun follows
/// it, not a copula or another question word (`quel officier`, not `quel est`).
fn which_and_a_noun(lower: &[&str], i: usize) -> bool {
    let which = matches!(lower[i], "which" | "quel" | "quelle" | "quels" | "quelles")
        && lower.get(i + 1).is_some_and(|next| {
            !matches!(
                *next,
                "est" | "était" | "sont" | "is" | "was" | "are" | "were"
            ) && !is_one_of(next, QUESTION_WORDS)
        });
    // Indonesian puts it after the noun, a relative clause after it: "lembaga mana
    // yang memberi pendapat", "komisi apa yang menyatakan".
    let mana = matches!(lower[i], "mana" | "apa")
        && lower.get(i + 1) == Some(&"yang")
        && i.checked_sub(1)
            .is_some_and(|k| !is_one_of(lower[k], QUESTION_WORDS) && lower[k] != "di");
    which || mana
}

/// "who said …", "quel officier a expliqué …", "which company said …": the question asks
/// who spoke (a "who" word, or "which" and a noun, before the verb of saying), not what
/// was said. "quel est l'avis de …" still asks what was said.
fn asks_who_said(lower: &[&str]) -> bool {
    let Some(verb) = lower.iter().position(|w| is_one_of(w, SAID)) else {
        return false;
    };
    (0..verb).any(|i| is_one_of(lower[i], WHO) || which_and_a_noun(lower, i))
}

/// "quelle élue a annoncé …", "which biologist has tracked …": "which" and a noun,
/// then the verb the noun is the subject of, in the past and not passive: who did it
/// (a person, or a body), as "who" asks. An inverted verb (`a-t-elle saisi`) or "did"
/// makes the noun what was done, not who did it.
fn asks_agent(lower: &[&str]) -> bool {
    const NOUN_WORDS: usize = 5;
    lower.iter().enumerate().any(|(i, w)| {
        let verb_in = |is_verb: &dyn Fn(usize) -> bool| {
            (i + 2..=(i + 1 + NOUN_WORDS).min(lower.len().saturating_sub(2))).find(|&k| is_verb(k))
        };
        match *w {
            "quel" | "quelle" | "quels" | "quelles" => verb_in(&|k| {
                matches!(lower[k], "a" | "ont" | "avait" | "avaient")
                    && !matches!(lower[k + 1], "été" | "eu")
            })
            .is_some_and(|k| {
                lower[i + 1..k]
                    .iter()
                    .all(|x| !matches!(*x, "est" | "était" | "sont" | "étaient"))
            }),
            "which" => verb_in(&|k| {
                // `has been keeping` is active, `has been arrested` passive.
                matches!(lower[k], "has" | "have" | "had")
                    && (lower[k + 1] != "been"
                        || lower.get(k + 2).is_some_and(|v| v.ends_with("ing")))
            })
            .is_some_and(|k| {
                lower[i + 1..k]
                    .iter()
                    .all(|x| !matches!(*x, "did" | "does" | "do" | "was" | "were" | "is" | "are"))
            }),
            _ => false,
        }
    })
}

/// Reads a question.
pub fn read(question: &str) -> Question {
    let all = words(question);
    let tokens: Vec<(&str, String)> = all
        .iter()
        .filter(|w| !w.is_punct())
        .map(|w| (w.text, w.lower().into_owned()))
        .collect();
    let lower: Vec<&str> = tokens.iter().map(|(_, l)| l.as_str()).collect();
    // Whether each of those words follows a comma.
    let after_comma: Vec<bool> = all
        .iter()
        .enumerate()
        .filter(|(_, w)| !w.is_punct())
        .map(|(i, _)| i > 0 && all[i - 1].text == ",")
        .collect();
    // `l'amende`, `d'investissement`: the word without its elision too.
    // A capitalised word after the first is a name's (`Grand Prix de Florennes`), not a
    // word of what is asked (`prix`, a price).
    // Not in a question written in capitals throughout (`What Did Mark Zuckerberg Say`).
    let capitalised = |text: &str| text.chars().next().is_some_and(char::is_uppercase);
    let title_case = tokens.iter().filter(|(text, _)| capitalised(text)).count() * 2 > tokens.len();
    let in_name: Vec<bool> = tokens
        .iter()
        .enumerate()
        .map(|(i, (text, _))| i > 0 && !title_case && capitalised(text))
        .collect();
    let has = |class: Class| {
        lower.iter().zip(&in_name).any(|(w, &name)| {
            !name
                && (language::any(class, w)
                    || language::any(class, crate::ask::quotes::without_elision(w))
                    || language::any(class, without_inversion(w)))
        })
    };
    let has_pair = |a: &str, b: &str| lower.windows(2).any(|w| w[0] == a && w[1] == b);
    let spaced = format!(" {} ", lower.join(" "));
    let asks_age = language::all(AGE).any(|phrase| spaced.contains(&format!(" {phrase} ")));
    let age_words: Vec<&str> = if asks_age {
        language::all(AGE).flat_map(str::split_whitespace).collect()
    } else {
        Vec::new()
    };
    // "in what year", "en quelle année", "tahun berapa", "from what date", "à quel
    // moment", "hari apa": a date, though "berapa" asks a count elsewhere ("berapa
    // tahun" is how many years).
    let date_word = is_date_word;
    let asks_year = lower.windows(2).any(|pair| {
        (date_word(pair[1])
            && language::any(|p| p.interrogatives, pair[0])
            && !is_one_of(pair[0], HOW_MANY))
            || (date_word(pair[0]) && matches!(pair[1], "berapa" | "apa"))
    }) || lower.windows(4).any(|q| {
        // "quelle est la date limite", "what is the deadline".
        language::any(|p| p.interrogatives, q[0])
            && !is_one_of(q[0], HOW_MANY)
            && matches!(q[1], "est" | "était" | "sera" | "is" | "was" | "will")
            && matches!(q[2], "la" | "le" | "l'" | "the" | "be")
            && date_word(q[3])
    });
    // "who heads the agency that estimated how much …": a question opening with "who"
    // asks someone, whatever its relative clauses ask.
    let opens_with_who = lower.first().is_some_and(|w| is_one_of(w, WHO));
    // "which union called a crisis meeting": a meeting after an article (one word
    // between at most) is the event, not the verb asking whom someone met.
    let asks_met = lower
        .iter()
        .zip(&in_name)
        .enumerate()
        .any(|(i, (w, &name))| {
            let article = |k: usize| {
                lower.get(k).is_some_and(|a| {
                    matches!(*a, "a" | "an" | "the" | "une" | "la" | "les" | "des")
                })
            };
            let after_article = (1..=2).any(|back| i.checked_sub(back).is_some_and(article));
            !name && language::any(MET, w) && !after_article
        });
    // "to which market was he taking it when he got stuck": once another question
    // word has asked, "when" opens a clause.
    let asks_when = lower
        .iter()
        .zip(&in_name)
        .enumerate()
        .any(|(i, (w, &name))| {
            !name
                && (language::any(WHEN, w) || language::any(WHEN, without_inversion(w)))
                && !lower[..i]
                    .iter()
                    .any(|x| language::any(|p| p.interrogatives, x))
        });
    let kind = if asks_year && !opens_with_who {
        Kind::When
    } else if opens_with_who && !has(SAID) && !has(MET) {
        Kind::Who
    } else if has(HOW_MANY)
        || en::ASKS_HOW_MANY_PAIRS.iter().any(|&(a, b)| has_pair(a, b))
        // "how long is the detour", "how large was the plot": a measure.
        || en::ASKS_MEASURE.iter().any(|&m| has_pair("how", m))
        || asks_age
    {
        Kind::HowMany
    } else if asks_when {
        Kind::When
    } else if has(SAID) && asks_what_was_reported(&lower) {
        Kind::Topic
    } else if (has(SAID) || lower.iter().any(|w| w.starts_with("qu'a"))) && !asks_who_said(&lower) {
        Kind::Said
    } else if has(SAID) {
        Kind::Who
    } else if asks_met
        && !asks_a_kind_of_place(question)
        // "di mana pertemuan … akan digelar": where the meeting is, not whom one met.
        && !lower.iter().take(2).any(|w| is_one_of(w, WHERE))
    {
        // `in which building will the meeting be held`: a place, not whom someone met.
        Kind::Met
    } else if asks_who(&lower) {
        Kind::Who
    } else {
        Kind::Topic
    };

    // Where the topic starts: after the first "about"-word that follows the verb.
    let verb_at = lower
        .iter()
        .position(|w| is_one_of(w, SAID) || is_one_of(w, MET));
    let about_at = verb_at.and_then(|v| {
        lower
            .iter()
            .enumerate()
            .skip(v + 1)
            .find(|(_, w)| is_one_of(w, ABOUT))
            .map(|(i, _)| i)
    });

    // The speaker: a capitalised name before the topic, nearest the verb.
    let mut speaker: Option<String> = None;
    if matches!(kind, Kind::Said | Kind::Met) {
        let limit = about_at.unwrap_or(tokens.len());
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < limit {
            let (text, low) = &tokens[i];
            let is_name = text.starts_with(char::is_uppercase)
                && !is_one_of(low, QUESTION_WORDS)
                && !is_one_of(low, SAID)
                && !is_one_of(low, MET)
                && !is_one_of(low, WHO)
                && !is_one_of(low, WHEN)
                && !is_one_of(low, HOW_MANY);
            if is_name {
                let start = i;
                while i < limit && tokens[i].0.starts_with(char::is_uppercase) {
                    i += 1;
                }
                runs.push((start, i));
            } else {
                i += 1;
            }
        }
        let verb = verb_at.unwrap_or(0);
        if let Some(&(start, end)) = runs
            .iter()
            // Distance from the verb; 0 for a run of capitals that holds it.
            .min_by_key(|(s, e)| {
                if *e <= verb {
                    verb - e
                } else {
                    s.saturating_sub(verb)
                }
            })
        {
            speaker = Some(
                tokens[start..end]
                    .iter()
                    .map(|(t, _)| *t)
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        } else if let Some(v) = verb_at {
            // An uncapitalised name right after "kata" / "dit", or before "say".
            let near = [v + 1, v.wrapping_sub(1)];
            speaker = near
                .iter()
                .filter_map(|&i| tokens.get(i))
                .find(|(_, low)| {
                    !is_one_of(low, QUESTION_WORDS) && !is_one_of(low, ABOUT) && low.len() > 2
                })
                .map(|(t, _)| t.to_string());
        }
    }

    let speaker_words: Vec<String> = speaker
        .as_deref()
        .map(|s| s.split(' ').map(str::to_lowercase).collect())
        .unwrap_or_default();
    // Only what is said or who said it is asked about the words after "about"; a date
    // or a number is asked of the whole (`on what day were employees of Vallat & Fils
    // told about the job cuts`).
    let topic_from = about_at
        .filter(|_| matches!(kind, Kind::Said | Kind::Met | Kind::Who))
        .map_or(0, |a| a + 1);
    let topic: Vec<&str> = tokens
        .iter()
        .enumerate()
        .filter(|(i, (_, low))| {
            let asking = is_one_of(low, SAID)
                || is_one_of(low, WHERE)
                || age_words.contains(&low.as_str())
                || is_one_of(low, WHO)
                || is_one_of(low, WHEN)
                || is_one_of(low, HOW_MANY)
                || (kind == Kind::Met && is_one_of(low, MET))
                || (about_at.is_none() && is_one_of(low, QUESTION_WORDS));
            *i >= topic_from && !speaker_words.contains(low) && !asking
        })
        // `Baie-Comeau's contract`: a name is searched without English's possessive,
        // which no article in another language writes.
        .map(|(_, (t, _))| {
            let name = t.starts_with(char::is_uppercase);
            match t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")) {
                Some(bare) if name && !bare.is_empty() => bare,
                _ => *t,
            }
        })
        .collect();
    // "di mana" / "où" / "where": a place, whatever else the question holds; "mana"
    // alone is "which".
    // After a comma, once the question has asked (`who heads the department, where the
    // centre opened`), it opens a relative clause; without a question word before it
    // (`in the Bandung bribery case, where did …`), it is the question's.
    let opens_relative = |k: usize| {
        after_comma[k]
            && lower[..k]
                .iter()
                .any(|x| language::any(|p| p.interrogatives, x))
    };
    // `qui est la cheffe de l'arrondissement où …`, `the school where …`: once another
    // question word has asked, "where" after a noun (not after "and") opens a relative
    // clause too.
    let where_after_a_noun = |k: usize| {
        k >= 2
            && lower[..k - 1]
                .iter()
                .any(|x| language::any(|p| p.interrogatives, x) && !is_one_of(x, WHERE))
            && !language::any(|p| p.conjunctions, lower[k - 1])
            && !language::any(|p| p.place_prepositions, lower[k - 1])
    };
    let asks_where = lower.iter().enumerate().any(|(i, w)| {
        let opens = if *w == "mana" { i.saturating_sub(1) } else { i };
        is_one_of(w, WHERE)
            && (*w != "mana"
                || i.checked_sub(1)
                    .is_some_and(|p| language::any(|p| p.place_prepositions, lower[p])))
            && !opens_relative(opens)
            && !where_after_a_noun(opens)
    });
    // "which company", "perusahaan apa", "quelle entreprise": the question names the
    // kind of organisation it asks for, beside a question word other than "who".
    let asks_organisation = lower.iter().enumerate().any(|(i, w)| {
        let asking = |k: Option<usize>| {
            // `… agency, which ran …` opens a relative clause: no question of its own.
            k.filter(|&k| k < lower.len() && !opens_relative(k) && !opens_with_who)
                .and_then(|k| lower.get(k))
                .is_some_and(|x| {
                    language::any(|p| p.interrogatives, x)
                        && !is_one_of(x, WHO)
                        && !is_one_of(x, HOW_MANY)
                })
        };
        // `which bank's chief economist`
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        // The question word may follow the noun and what qualifies it (`serikat guru
        // mana`, `perusahaan teknologi apa`, `lembaga federal Swiss apa`).
        // Not a body's noun qualifying a role after it, as English writes one (`which
        // Aru Islands police chief`).
        language::any(|p| p.organisation_nouns, w)
            && lower
                .get(i + 1)
                .is_none_or(|n| crate::ask::quotes::role_class(n).is_none())
            && (asking(i.checked_sub(1))
                || asking(i.checked_sub(2))
                // `which palm oil company`
                || asking(i.checked_sub(3))
                || asking(Some(i + 1))
                || asking(Some(i + 2))
                || asking(Some(i + 3))
                // `organisasi orang tua murid mana`: what qualifies it may take three
                // words, before any clause opens.
                || (asking(Some(i + 4))
                    && lower
                        .get(i + 1..i + 4)
                        .is_some_and(|between| !between.contains(&"yang"))))
    });
    // "comment s'appelle l'homme …", "apa nama asosiasi …": a name asked, of what the
    // noun after says (a place, a body, else a person).
    let name_of = name_asked_of(&lower);
    let name_of_place = name_of
        .as_deref()
        .is_some_and(|n| language::any(|p| p.place_nouns, n));
    let name_of_body = name_of.as_deref().is_some_and(|n| {
        language::any(|p| p.organisation_nouns, n) || language::any(|p| p.organisation_words, n)
    });
    let asks_organisation = asks_organisation || name_of_body;
    // "quelle juge", "which minister", "menteri mana": the question names a person's
    // role or title beside a question word, as "who" would ask.
    let asks_person = lower.iter().enumerate().any(|(i, w)| {
        let asking = |k: Option<usize>| {
            k.and_then(|k| lower.get(k))
                .is_some_and(|x| language::any(|p| p.interrogatives, x) && !is_one_of(x, HOW_MANY))
        };
        // `which Sikka regency head`: names and nouns of places may stand between; so
        // may the body the role is of (`which Aru Islands police chief`).
        let of_a_place = |k: usize| {
            tokens[k].0.starts_with(char::is_uppercase)
                || language::any(|p| p.place_nouns, lower[k])
                || (k + 1 == i && language::any(|p| p.organisation_nouns, lower[k]))
        };
        let asked_before = (2..=4).any(|back| {
            i.checked_sub(back)
                .is_some_and(|q| asking(Some(q)) && (q + 1..i).all(of_a_place))
        });
        (crate::ask::quotes::role_class(w).is_some() || language::any(|p| p.person_titles, w))
            && (asking(i.checked_sub(1)) || asking(Some(i + 1)) || asked_before)
    });
    // "how many" asks a count, not a sum ("how much" may ask either); so do "combien
    // de" and "berapa" before a noun of no sum (`combien de doses de vaccin les fonds
    // …`, `berapa anggota koperasi yang simpanannya …`): the noun says what is
    // counted, whatever words of money follow.
    let counts = has_pair("how", "many")
        || counted_noun(&lower).is_some()
        || measured_after_much(&lower).is_some();
    // "what percentage", "berapa persen", "quel pourcentage": a number, in percent.
    let share = asks_share(question);
    // "what value did police put on …", "what street value did …", "quel montant …": the
    // noun the question word asks by is a sum, whatever body or place the question
    // names after it.
    let money_asked = lower.iter().enumerate().any(|(i, w)| {
        let sum = |k: usize| {
            lower
                .get(k)
                .is_some_and(|n| *n != "much" && language::any(MONEY, n))
        };
        // `which investment fund`: a body, named by what it does.
        let body_after = lower[i + 1..]
            .iter()
            .take(2)
            .any(|n| language::any(|p| p.organisation_nouns, n));
        language::any(|p| p.interrogatives, w)
            && !is_one_of(w, WHO)
            && !is_one_of(w, HOW_MANY)
            && *w != "how"
            && !body_after
            && (sum(i + 1)
                || (sum(i + 2) && lower.get(i + 3).is_some_and(|a| AUXILIARIES.contains(a))))
    });
    let kind = if (asks_organisation || asks_person || (name_of.is_some() && !name_of_place))
        && matches!(kind, Kind::Topic)
        && !money_asked
    {
        Kind::Who
    } else if share && matches!(kind, Kind::Topic | Kind::Who) {
        Kind::HowMany
    } else if matches!(kind, Kind::Topic)
        && asks_agent(&lower)
        && !has(MONEY)
        && !asks_where
        && !asks_a_kind_of_place(question)
    {
        Kind::Who
    } else {
        kind
    };
    // "à combien est estimé le projet …", "à combien s'élève …": French asks a sum by
    // "à combien" alone, where no noun says what is counted.
    let at_how_much = lower.starts_with(&["à", "combien"]) && !lower.contains(&"nombre");
    let expects = match kind {
        Kind::When => Some(Expect::Date),
        Kind::HowMany if asks_age => Some(Expect::Age),
        // "how many months…" counts, whatever else it names ("pay"); "how much",
        // "berapa biaya", "combien … coûte" ask a sum.
        Kind::HowMany
            if !counts
                && !share
                && (has(MONEY)
                    || at_how_much
                    || lower.iter().any(|w| language::any(|p| p.currencies, w))) =>
        {
            Some(Expect::Money)
        }
        Kind::HowMany => Some(Expect::Count),
        _ if asks_where || name_of_place => Some(Expect::Place),
        // As "where" does, a kind of place asked outweighs a word of money (`spend` of
        // "in which village did they spend the night").
        Kind::Topic if asks_a_kind_of_place(question) && !money_asked => Some(Expect::Place),
        // "quel était le budget…", "what was the price…"
        Kind::Topic if has(MONEY) && has(|p| p.interrogatives) => Some(Expect::Money),
        Kind::Who if asks_organisation => Some(Expect::Organisation),
        Kind::Met | Kind::Who => Some(Expect::Person),
        Kind::Said | Kind::Topic => None,
    };
    // "which settlement …", "quelle quantité …", "di pasar mana …": the noun beside
    // the question word says what is asked, when nothing else did.
    let asked_class = kind_noun_asked(&tokens, &lower).map(|nouns| {
        // The first word of a class decides (`haut gradé`: `gradé`); else the head.
        let class = nouns
            .iter()
            .map(|n| classify_noun(n))
            .find(|c| *c != NounClass::Unknown)
            .unwrap_or(NounClass::Unknown);
        (class, nouns[0].clone())
    });
    let kind_of = |expect: Expect| match expect {
        Expect::Person | Expect::Organisation => Kind::Who,
        Expect::Count | Expect::Money | Expect::Age => Kind::HowMany,
        Expect::Date => Kind::When,
        Expect::Place => Kind::Topic,
    };
    let named = |e: Expect| matches!(e, Expect::Person | Expect::Organisation | Expect::Place);
    let (kind, expects, kind_noun) = match (expects, kind, asked_class) {
        // `in which area`, `dans quelle zone`: a noun of measure after a preposition
        // of place names a place, not a size.
        (None, Kind::Topic, Some((NounClass::Known(Expect::Count), _)))
            if asked_with_a_place_preposition(&lower)
                || measure_of_a_named_place(&tokens, &lower) =>
        {
            (Kind::Topic, Some(Expect::Place), None)
        }
        (None, Kind::Topic, Some((NounClass::Known(expect), _))) => {
            (kind_of(expect), Some(expect), None)
        }
        // "in which locality", "di gedung mana": a noun of no class after a
        // preposition of place asks a place.
        (None, Kind::Topic, Some((NounClass::Unknown, _)))
            if asked_with_a_place_preposition(&lower) =>
        {
            (Kind::Topic, Some(Expect::Place), None)
        }
        // "quel officier commandait …", "which officer led …": a noun of no class
        // that leads is someone.
        (None, Kind::Topic, Some((NounClass::Unknown, _)))
            if lower.iter().any(|w| language::any(|p| p.leading_verbs, w)) =>
        {
            (Kind::Who, Some(Expect::Person), None)
        }
        (None, Kind::Topic, Some((NounClass::Unknown, noun))) => (kind, None, Some(noun)),
        // The noun beside the question word says what is asked, over nouns further
        // from it (`di kecamatan mana bendahara koperasi …` asks a place, not the
        // treasurer or the cooperative).
        (Some(current), Kind::Who | Kind::Topic, Some((NounClass::Known(asked), _)))
            if named(current) && named(asked) && current != asked =>
        {
            (kind_of(asked), Some(asked), None)
        }
        // "quel élu a évalué le coût …", "quelle collectivité paiera …": the person or
        // the body asked, not the sum they spoke of or paid.
        // So is the market asked ("sur quel marché … plus de crédit").
        (
            Some(Expect::Money),
            Kind::Topic,
            Some((
                NounClass::Known(asked @ (Expect::Person | Expect::Organisation | Expect::Place)),
                _,
            )),
        ) if !money_asked => (kind_of(asked), Some(asked), None),
        // "quelle superficie couvrent les plantations … touchés par la chute des prix":
        // the measure asked, not the price the question speaks of.
        (Some(Expect::Money), Kind::Topic, Some((NounClass::Known(Expect::Count), _)))
            if !money_asked =>
        {
            (Kind::HowMany, Some(Expect::Count), None)
        }
        // "which angler raised the alarm": a noun of no class asked by, whatever
        // word of money the question holds; not "what did the project cost".
        (Some(Expect::Money), Kind::Topic, Some((NounClass::Unknown, noun)))
            if !money_asked && !lower.iter().any(|w| language::COST_WORDS.contains(w)) =>
        {
            (kind, None, Some(noun))
        }
        (expects, kind, _) => (kind, expects, None),
    };
    Question {
        question: question.to_string(),
        kind,
        expects,
        speaker,
        topic: topic.join(" "),
        kind_noun,
    }
}

/// Whether the question word asking by a noun follows a preposition of place (`in
/// which`, `dans quel`), or the noun before "mana" does (`di gedung mana`).
fn asked_with_a_place_preposition(lower: &[&str]) -> bool {
    let place_preposition = |k: usize| {
        lower
            .get(k)
            .is_some_and(|w| language::any(|p| p.place_prepositions, w))
    };
    lower.iter().enumerate().any(|(i, w)| match *w {
        "which" | "what" | "quel" | "quelle" | "quels" | "quelles" => {
            i > 0 && place_preposition(i - 1)
        }
        // `di gedung mana`, `ke rumah sakit umum mana`
        "mana" => (2..=4).any(|back| i >= back && place_preposition(i - back)),
        _ => false,
    })
}

/// Whether the noun of measure asked by is "of" a name (`which area of Saint Lucia`,
/// `quelle zone de la Casamance`): a part of a place, not a size (`what area of forest`).
fn measure_of_a_named_place(tokens: &[(&str, String)], lower: &[&str]) -> bool {
    lower.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "which" | "what" | "quel" | "quelle" | "quels" | "quelles"
        ) && lower
            .get(i + 1)
            .is_some_and(|n| language::any(|p| p.asks_measure, n))
            && matches!(lower.get(i + 2), Some(&("of" | "de" | "du" | "des")))
            && {
                let at = i + 3 + usize::from(matches!(lower.get(i + 3), Some(&("the" | "la"))));
                tokens
                    .get(at)
                    .is_some_and(|(t, _)| t.starts_with(char::is_uppercase))
            }
    })
}

/// English auxiliaries: the verbs that follow a question's noun phrase (`how much did it
/// cost`, `what street value did police put`).
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "does", "do", "did", "can",
    "could", "should", "may", "might", "must", "shall",
];

/// The noun "how much" measures when it is no sum (`farmland` of "how much farmland
/// was trampled", `rain` of "how much rain fell"), unlike "how much did it cost" or
/// "how much compensation".
pub(crate) fn measured_after_much<'a>(lower: &[&'a str]) -> Option<&'a str> {
    /// Words of the noun phrase after "how much" read (`net profit`, `emergency money`,
    /// `palm fruit sales money`, whose head comes last).
    const PHRASE_WORDS: usize = 5;
    let at = lower.windows(2).position(|w| w == ["how", "much"])?;
    // "how much per kilogram": a price, by its unit.
    if lower
        .get(at + 2)
        .is_some_and(|w| matches!(*w, "per" | "each"))
    {
        return None;
    }
    let phrase: Vec<&str> = lower[at + 2..]
        .iter()
        .take(PHRASE_WORDS)
        .take_while(|w| {
            !AUXILIARIES.contains(w)
                && !crate::ask::quotes::is_common_word(w)
                // `profit-sharing money`: a compound's parts are words too.
                && w.split('-').all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
                && w.chars().count() > 2
        })
        .copied()
        .collect();
    let money = |w: &str| {
        language::any(MONEY, w)
            || language::any(|p| p.currencies, w)
            || language::any(|p| p.asks_share, w)
            || w == "money"
            // Help given in money as often as in kind: "how much" asks its sum.
            || matches!(w, "support" | "aid" | "assistance" | "help" | "subsidy" | "grant")
    };
    (!phrase.is_empty() && !phrase.iter().flat_map(|w| w.split('-')).any(money)).then(|| phrase[0])
}

/// The noun "combien de" or "berapa" counts (`doses` of "combien de doses …", `anggota`
/// of "berapa anggota …", past `jumlah`, `banyak` or `taksiran`), when it is no word of money or
/// currency.
fn counted_noun<'a>(lower: &[&'a str]) -> Option<&'a str> {
    let at = lower
        .iter()
        .position(|w| matches!(*w, "combien" | "berapa"))?;
    let mut next = at + 1;
    let noun = match lower[at] {
        "combien" => {
            let of = *lower.get(next)?;
            if of == "de" {
                *lower.get(next + 1)?
            } else {
                of.strip_prefix("d'").or_else(|| of.strip_prefix("d’"))?
            }
        }
        _ => {
            while lower
                .get(next)
                .is_some_and(|w| language::id::QUANTITY_QUALIFIERS.contains(w))
            {
                next += 1;
            }
            *lower.get(next)?
        }
    };
    // `berapa ganti rugi`: an Indonesian compound whose second word is a sum's
    // (compensation).
    let compound_of_money = lower[at] == "berapa"
        && lower
            .get(next + 1)
            .is_some_and(|w| language::id::PROFILE.asks_money.contains(w));
    let money = language::any(MONEY, noun)
        || language::any(|p| p.currencies, noun)
        || language::any(|p| p.asks_share, noun)
        || compound_of_money;
    (!money && noun.chars().all(char::is_alphabetic) && noun.chars().count() > 2).then_some(noun)
}

/// What a noun asked by its kind says of the answer.
#[derive(Debug, PartialEq, Eq)]
enum NounClass {
    /// A kind of place, of body, a role or a measure, in some language.
    Known(Expect),
    /// Nothing a class of words holds.
    Unknown,
}

/// French articles and possessives, which open a verb's object.
const FRENCH_DETERMINERS: &[&str] = &[
    "un", "une", "le", "la", "les", "l", "son", "sa", "ses", "leur", "leurs",
];

/// The words a question asks by, beside its question word, head noun first (see
/// `kind_noun_asked`): `association caritative` of "quelle association caritative a
/// coordonné …", `klub renang` of "klub renang apa …".
pub(crate) fn kind_words(question: &str) -> Vec<String> {
    let all = words(question);
    let tokens: Vec<(&str, String)> = all
        .iter()
        .filter(|w| !w.is_punct())
        .map(|w| (w.text, w.lower().into_owned()))
        .collect();
    let lower: Vec<&str> = tokens.iter().map(|(_, l)| l.as_str()).collect();
    kind_noun_asked(&tokens, &lower).unwrap_or_default()
}

/// The words a question asks by, beside its question word, its head noun first: those
/// after "quel" / "which" (past a copula and an article: `quel est le quota`), those
/// before "mana" / "apa" (after a preposition: `dari taman nasional mana`), up to a
/// function word. In English the head of a compound comes last (`which research
/// institute is`), in French and Indonesian first (`quel complexe sportif`).
fn kind_noun_asked(tokens: &[(&str, String)], lower: &[&str]) -> Option<Vec<String>> {
    let content =
        |w: &str| !crate::ask::quotes::is_common_word(w) && w.chars().all(char::is_alphabetic);
    for (i, w) in lower.iter().enumerate() {
        match *w {
            // `who owns the boat in which the fire started`: once another question
            // word has asked, "which" opens a relative clause.
            "which" | "what" | "quel" | "quelle" | "quels" | "quelles"
                if lower[..i]
                    .iter()
                    .any(|x| language::any(|p| p.interrogatives, x)) => {}
            "which" | "what" | "quel" | "quelle" | "quels" | "quelles" => {
                let mut j = i + 1;
                while lower.get(j).is_some_and(|x| {
                    matches!(
                        *x,
                        "est" | "était" | "sont" | "le" | "la" | "les" | "l" | "the"
                    )
                }) {
                    j += 1;
                }
                let english = *w == "which" || *w == "what";
                // "what is the palm oil cooperative in …": the noun after the copula
                // and its article is asked, when it names a body, a place or someone
                // (not "what is the estimated loss").
                let past_copula = english
                    && lower
                        .get(j)
                        .is_some_and(|x| matches!(*x, "is" | "was" | "are" | "were"))
                    && lower.get(j + 1) == Some(&"the");
                if past_copula {
                    j += 2;
                }
                // "what will the fees be": a verb, no noun, follows.
                if english && lower.get(j).is_some_and(|x| AUXILIARIES.contains(x)) {
                    continue;
                }
                // In English the verb may follow the noun with no function word
                // between (`which orchard supplies`): a word after the first ending
                // as a verb in the past or the third person ends the noun (an
                // irregular past, `found`, isn't told).
                // Nouns ending in "-us" and "-is" are no verbs (`bonus`, `census`,
                // `crisis`).
                let verb_like = |k: usize| {
                    let x = lower[k];
                    english
                        && k > j
                        && (x.ends_with("ed")
                            || (x.ends_with('s')
                                && !["ss", "'s", "us", "is"].iter().any(|e| x.ends_with(e))))
                };
                // Four words of the noun at most, names aside (`which Wonogiri regional
                // assembly commission chairman`).
                let mut nouns_seen = 0;
                // A name (`Vosne-Romanée`) and an age written as one word
                // (`58-year-old`) may stand before the noun.
                let hyphenated =
                    |x: &str| x.contains('-') && x.chars().all(|c| c.is_alphanumeric() || c == '-');
                // `which m2A vice-president`: a name may open in lower case and hold a
                // capital further on.
                let capitalised = |k: usize| {
                    tokens.get(k).is_some_and(|(t, _)| {
                        t.starts_with(char::is_uppercase)
                            || (t.chars().any(char::is_uppercase)
                                && t.chars().all(char::is_alphanumeric))
                    })
                };
                let mut run: Vec<usize> = (j..lower.len())
                    .take_while(|&k| {
                        let name = capitalised(k);
                        let age = hyphenated(lower[k])
                            && lower[k].starts_with(|c: char| c.is_ascii_digit());
                        // `which Westmorland and Furness councillor`: "and" between
                        // two names is part of the name.
                        let joins_names = matches!(lower[k], "and" | "et" | "dan")
                            && k > j
                            && capitalised(k - 1)
                            && capitalised(k + 1);
                        // `which Samosir fisheries chief`: the first noun after the
                        // names is no verb, whatever its ending; nor is the noun after
                        // a participle opening the phrase (`the estimated liabilities`).
                        let first_noun = nouns_seen == 0
                            || (nouns_seen == 1 && k == j + 1 && lower[j].ends_with("ed"));
                        nouns_seen += usize::from(!name && !age && !joins_names);
                        // `what levy per surfer`: a word of rate ends the noun.
                        // `on which evening did …`: an auxiliary ends it too.
                        // `quelle coopérative agricole construit un centre`: in French a
                        // word before an article, no noun of a known class (`quel autre
                        // pont les poids lourds …`), is a verb, no adjective of the noun.
                        let verb_before_article = !english
                            && k > j
                            && lower
                                .get(k + 1)
                                .is_some_and(|x| FRENCH_DETERMINERS.contains(x))
                            && matches!(classify_noun(lower[k]), NounClass::Unknown);
                        let ends_noun = verb_before_article
                            || language::any(|p| p.rate_words, lower[k])
                            || (english && AUXILIARIES.contains(&lower[k]));
                        nouns_seen <= 4
                            && !ends_noun
                            && (content(lower[k])
                                // `vice-president`, `porte-parole`
                                || lower[k].split('-').all(|p| !p.is_empty() && content(p))
                                || name
                                || joins_names
                                || lower[k].ends_with("'s")
                                || age && hyphenated(lower[k]))
                            && (first_noun || !verb_like(k))
                    })
                    .filter(|&k| {
                        !(hyphenated(lower[k])
                            && lower[k].starts_with(|c: char| c.is_ascii_digit()))
                    })
                    .collect();
                // `which bank's chief economist` asks which bank; but a role's office
                // is a body (`which prosecutor's office`, `the mayor's office`).
                let roles_office = |p: usize| {
                    crate::ask::quotes::role_class(lower[run[p]].trim_end_matches("'s")).is_some()
                        && run
                            .get(p + 1)
                            .is_some_and(|&k| language::any(|pr| pr.organisation_nouns, lower[k]))
                };
                if let Some(p) = run.iter().position(|&k| lower[k].ends_with("'s"))
                    && !roles_office(p)
                {
                    run.truncate(p + 1);
                }
                // Past the copula, a name after the noun opens a clause of its own
                // (`what is the total compensation fund Sidrap regency has set aside`).
                if past_copula
                    && let Some(p) = run.iter().enumerate().position(|(n, &k)| {
                        capitalised(k) && run[..n].iter().any(|&m| !capitalised(m))
                    })
                {
                    run.truncate(p);
                }
                // `which Kakamega County executive`: names before the noun.
                let mut nouns: Vec<String> = run
                    .iter()
                    .filter(|&&k| !capitalised(k))
                    .map(|&k| lower[k].trim_end_matches("'s").to_string())
                    .collect();
                if english {
                    nouns.reverse();
                }
                // `quel est le plafond d'indemnisation`: a sum's noun after "de" says
                // what the noun before it measures, when that noun says nothing itself.
                if !english
                    && let Some(&last) = run.last()
                    && let Some(money) = money_complement(&lower[last + 1..])
                {
                    nouns.push(money);
                }
                let names_one = |n: &String| {
                    matches!(
                        classify_noun(n),
                        NounClass::Known(Expect::Organisation | Expect::Place | Expect::Person)
                    )
                };
                // Nor a sum's noun among them (`the total compensation fund`).
                if past_copula
                    && (!nouns.iter().any(names_one)
                        || nouns.iter().any(|n| language::any(MONEY, n)))
                {
                    continue;
                }
                if !nouns.is_empty() {
                    return Some(nouns);
                }
            }
            "mana" | "apa" if i >= 1 => {
                // `Lembaga asuransi kesehatan nasional Gabon mana`: the name of what the
                // noun is of stands between it and "mana".
                let mut end = i;
                while *w == "mana"
                    && end >= 2
                    && i - end < 3
                    && content(lower[end - 1])
                    && tokens[end - 1].0.starts_with(char::is_uppercase)
                {
                    end -= 1;
                }
                let mut k = end;
                // A name is no kind (`Zuckerberg`), the question's opener is. Four
                // words at most, as in English: the head comes first (`organisasi
                // orang tua murid mana`).
                while k >= 1
                    && content(lower[k - 1])
                    && (k == 1 || !tokens[k - 1].0.starts_with(char::is_uppercase))
                    && end - (k - 1) <= 4
                {
                    k -= 1;
                }
                if k < end {
                    return Some(lower[k..end].iter().map(|w| w.to_string()).collect());
                }
            }
            _ => {}
        }
    }
    None
}

/// The noun of a sum right after French "de" (`d'indemnisation`, `de la
/// subvention`), lower case without its elided article.
fn money_complement(after: &[&str]) -> Option<String> {
    let (first, rest) = after.split_first()?;
    let noun = if let Some(noun) = first
        .strip_prefix("d'")
        .or_else(|| first.strip_prefix("d’"))
    {
        noun
    } else if matches!(*first, "de" | "du" | "des") {
        let rest = rest.strip_prefix(&["la"][..]).unwrap_or(rest);
        let next = rest.first()?;
        crate::ask::quotes::without_elision(next)
    } else {
        return None;
    };
    language::fr::PROFILE
        .asks_money
        .contains(&noun)
        .then(|| noun.to_string())
}

/// The class of a noun asked by (see `NounClass`): its own and those of its
/// translations into the other languages.
fn classify_noun(noun: &str) -> NounClass {
    use crate::language::Tongue::{En, Fr, Id};
    let mut forms = vec![noun];
    for (from, to) in [(En, Fr), (En, Id), (Fr, En), (Fr, Id), (Id, En), (Id, Fr)] {
        forms.extend(crate::translate::lexicon::lookup(from, to, noun));
    }
    let any = |class: Class| forms.iter().any(|f| language::any(class, f));
    // A measure by the noun itself: a translation may be an adjective (`haut` → `high`).
    // So does a body's noun (`fonds`), before translations of other senses (`farm`).
    if language::any(|p| p.asks_measure, noun) {
        NounClass::Known(Expect::Count)
    } else if (language::any(|p| p.organisation_nouns, noun)
        // A firm's noun asks a firm (`kontraktor mana`).
        || language::any(|p| p.company_words, noun))
        && !language::any(|p| p.place_nouns, noun)
    {
        NounClass::Known(Expect::Organisation)
    } else if any(|p| p.place_nouns) {
        NounClass::Known(Expect::Place)
    } else if any(|p| p.organisation_nouns) || any(|p| p.any_body_nouns) {
        NounClass::Known(Expect::Organisation)
    } else if language::any(|p| p.venue_words, noun) {
        // "melalui jembatan apa", "which stadium": a venue is a place.
        NounClass::Known(Expect::Place)
    } else if forms
        .iter()
        .any(|f| crate::ask::quotes::role_class(f).is_some())
        // `quel adjoint au maire`: a deputy is someone.
        || language::any(|p| p.deputy_words, noun)
        || any(|p| p.person_titles)
        || forms.iter().any(|f| language::PERSON_NOUNS.contains(f))
    {
        NounClass::Known(Expect::Person)
    } else if any(|p| p.asks_money) {
        NounClass::Known(Expect::Money)
    } else if names_someone_by_trade(noun) {
        NounClass::Known(Expect::Person)
    } else {
        NounClass::Unknown
    }
}

/// English nouns of a doer (`farmer`), which compounds end with (`winegrower`,
/// `shopkeeper`, `landowner`, `stallholder`).
pub(crate) const DOERS: &[&str] = &[
    "grower", "keeper", "maker", "worker", "holder", "owner", "seller", "dealer", "trader",
    "farmer", "driver", "breeder", "fisher",
];

/// Whether a noun no list holds names someone by what they do, by its ending: English
/// `-man`, `-woman`, `-ist` (`boatman`, `cardiologist`), French `-iste`, `-logue`
/// (`journaliste`, `cardiologue`). Six letters at least (not `list`, `mist`).
pub(crate) fn names_someone_by_trade(noun: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "man", "men", "woman", "women", "ist", "ists", "iste", "istes", "logue", "logues",
    ];
    // English compounds of a doer's noun, longer than the noun alone.
    noun.chars().count() >= 6
        && noun.chars().all(char::is_alphabetic)
        && (ENDINGS.iter().any(|e| noun.ends_with(e))
            || DOERS
                .iter()
                .any(|d| noun.len() > d.len() + 2 && noun.ends_with(d)))
}

/// The noun a question asks the name of, after its phrase (`homme` of "comment
/// s'appelle l'homme …", `asosiasi` of "apa nama asosiasi …"), past an article and
/// "of", lower case without an elided article.
pub(crate) fn name_asked_of(lower: &[&str]) -> Option<String> {
    called_noun(lower).or_else(|| asked_name_phrase(lower))
}

/// The noun of "what was the campaign group … called": the head (last word) of the
/// noun phrase after "what is the" when the question ends with "called".
fn called_noun(lower: &[&str]) -> Option<String> {
    let words: Vec<&str> = lower
        .iter()
        .copied()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.last() != Some(&"called")
        || words.first() != Some(&"what")
        || !matches!(words.get(1), Some(&("is" | "was" | "are" | "were")))
        || words.get(2) != Some(&"the")
    {
        return None;
    }
    let run: Vec<&str> = words[3..words.len() - 1]
        .iter()
        .copied()
        .take_while(|w| {
            !crate::ask::quotes::is_common_word(w)
                && w.chars().all(char::is_alphabetic)
                && !w.ends_with("ing")
                && !w.ends_with("ed")
        })
        .take(3)
        .collect();
    // Only a noun of a body, a place or a person: "what is the new ferry called" asks
    // a name no kind of answer here holds.
    let head = *run.last()?;
    (language::any(|p| p.organisation_nouns, head)
        || language::any(|p| p.organisation_words, head)
        || language::any(|p| p.place_nouns, head)
        || crate::ask::quotes::role_class(head).is_some())
    .then(|| head.to_string())
}

/// The noun after a phrase asking a name (`comment s'appelle l'homme`, `apa nama
/// asosiasi`). English puts the head of a compound last, past the names before it
/// (`the name of the Sungai Ranting Jaya smallholders' cooperative in …`).
fn asked_name_phrase(lower: &[&str]) -> Option<String> {
    /// Words of an English noun phrase read, names included.
    const ENGLISH_PHRASE_WORDS: usize = 6;
    language::all(|p| p.asks_name).find_map(|phrase| {
        let english = phrase.starts_with("what");
        let phrase: Vec<&str> = phrase.split_whitespace().collect();
        let at = lower
            .windows(phrase.len())
            .position(|w| w == phrase.as_slice())?;
        let after = &lower[at + phrase.len()..];
        if english {
            let start = usize::from(after.first() == Some(&"the"));
            let run: Vec<&str> = after[start..]
                .iter()
                .copied()
                .take_while(|w| {
                    !crate::ask::quotes::is_common_word(w)
                        && w.chars().any(char::is_alphabetic)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
                })
                .take(ENGLISH_PHRASE_WORDS)
                .collect();
            // The last noun of a class (a body, a place, someone, a measure, a sum),
            // before any verb after it (`the company run by …`); else the last word.
            let names_one = |w: &&&str| {
                let w = w.trim_end_matches("'s").trim_end_matches("’s");
                !matches!(classify_noun(w), NounClass::Unknown)
            };
            return run
                .iter()
                .rfind(names_one)
                .or(run.last())
                .map(|w| {
                    w.trim_end_matches("'s")
                        .trim_end_matches("’s")
                        .trim_end_matches(['\'', '’'])
                        .to_string()
                })
                .filter(|w| !w.is_empty());
        }
        after
            .iter()
            .map(|w| crate::ask::quotes::without_elision(w))
            .find(|w| {
                !w.is_empty()
                    && !language::any(|p| p.articles, w)
                    && !language::any(|p| p.of_words, w)
                    && !matches!(*w, "le" | "la" | "les" | "the")
            })
            .map(str::to_string)
    })
}

/// Whether a question asks a place by its kind, a noun of places beside a question
/// word (`which district …`, `near which town`, `kecamatan mana`, `dans quelle
/// commune`): as "where" does, though it holds no word of "where".
fn asks_a_kind_of_place(question: &str) -> bool {
    let ws = words(question);
    let lower: Vec<String> = ws.iter().map(|w| w.lower().into_owned()).collect();
    // Past a name between the question word and its noun (`which Eldoret school`).
    let asking = |k: Option<usize>| {
        let k = k.map(|k| match ws.get(k) {
            Some(w) if k > 0 && w.is_capitalized() && !w.is_punct() => k - 1,
            _ => k,
        });
        k.and_then(|k| lower.get(k))
            .is_some_and(|w| crate::language::any(|p| p.interrogatives, w))
    };
    let is_place_noun = |w: &str| {
        // `which regency's harvest`: the noun without its possessive.
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        crate::language::any(|p| p.place_nouns, w)
    };
    lower.iter().enumerate().any(|(i, w)| {
        // A noun of two words (`rumah sakit mana`) asks with its last one.
        let two_words = i
            .checked_sub(1)
            .is_some_and(|k| is_place_noun(&format!("{} {w}", lower[k])));
        (is_place_noun(w) && (asking(i.checked_sub(1)) || asking(Some(i + 1))))
            || (two_words && asking(Some(i + 1)))
    })
}

/// Whether `question` asks a share, in percent: a noun of a share beside a question
/// word (`what percentage`, `how much percent`, `berapa persen`, `quel pourcentage`).
pub fn asks_share(question: &str) -> bool {
    let lower: Vec<String> = words(question)
        .iter()
        .filter(|w| !w.is_punct())
        .map(|w| w.lower().into_owned())
        .collect();
    lower.iter().enumerate().any(|(i, w)| {
        language::any(|p| p.asks_share, w)
            // "in which part of Bulawayo": English's part is a place's.
            && !(w == "part" && lower.get(i + 1).is_some_and(|o| o == "of"))
            && (1..=2).any(|back| {
                i.checked_sub(back)
                    .and_then(|k| lower.get(k))
                    // `qui part à la retraite`: "who" asks no share, and the word
                    // after it is a verb.
                    .is_some_and(|q| {
                        language::any(|p| p.interrogatives, q)
                            && !matches!(q.as_str(), "qui" | "who" | "siapa")
                    })
            })
    })
}

/// A French verb without the subject put after it in a question (`coûte-t-elle` →
/// `coûte`, `a-t-il` → `a`, `sont-ils` → `sont`).
fn without_inversion(word: &str) -> &str {
    const SUBJECTS: &[&str] = &["il", "elle", "on", "ils", "elles"];
    let Some((verb, subject)) = word.split_once('-') else {
        return word;
    };
    let subject = subject.strip_prefix("t-").unwrap_or(subject);
    if !verb.is_empty() && SUBJECTS.contains(&subject) {
        verb
    } else {
        word
    }
}

fn has_number(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '.' && c != ',')
        .any(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

fn has_date(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let lower = w.to_lowercase();
        (language::month_of(w).is_some()
            || language::weekday_of(w).is_some()
            || language::any(|p| p.time_words, &lower))
            || (w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.chars().all(|c| c.is_ascii_digit()))
    })
}

fn has_meeting(text: &str) -> bool {
    let lower = text.to_lowercase();
    language::all(|p| p.meeting_stems).any(|w| lower.contains(w))
}

/// A noun a question asks a date by, after its question word (`what date`, `quel
/// jour`, `in what year`) or before it (`tanggal berapa`), lower case.
pub(crate) fn is_date_word(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "année"
            | "tahun"
            | "month"
            | "mois"
            | "bulan"
            | "date"
            | "tanggal"
            | "day"
            | "jour"
            | "hari"
            // "on which night", "quelle nuit": a day too.
            | "night"
            | "nuit"
            | "moment"
            // A deadline is a day (`quelle est la date limite`, `what is the deadline`).
            | "deadline"
            | "échéance"
            | "tenggat"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> (Kind, Option<String>, String) {
        let q = read(text);
        (q.kind, q.speaker, q.topic)
    }

    #[test]
    fn a_school_asked_is_a_place() {
        for text in [
            "which school was turned into a temporary shelter",
            "di sekolah mana anak-anak itu belajar",
            "dans quelle école l'enseignante a-t-elle été mutée",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Place), "{text}");
        }
    }

    #[test]
    fn a_programme_or_a_trader_asked_is_an_organisation() {
        for text in [
            "apa nama program yang ikut mendanai pasar baru itu",
            "which programme paid for the new market",
            "quel programme a financé le nouveau marché",
            "which Bitung exporter buys the cooperative's nutmeg",
            "eksportir mana yang membeli pala koperasi itu",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Organisation), "{text}");
        }
    }

    #[test]
    fn a_unit_asked_is_an_organisation() {
        for text in [
            "unit kepolisian apa yang menangkap kurir narkoba itu",
            "which police unit arrested the courier",
            "quelle unité de gendarmerie a arrêté le passeur",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Organisation), "{text}");
        }
    }

    #[test]
    fn a_french_verb_ends_the_noun_asked_by() {
        assert_eq!(
            kind_words("Quelle coopérative agricole construit un centre de stockage ?"),
            ["coopérative", "agricole"]
        );
        assert_eq!(
            kind_words("Quelle association caritative gère la collecte ?"),
            ["association", "caritative"]
        );
        // A noun of a known class before an article is no verb.
        assert_eq!(
            kind_words("Par quel autre pont les poids lourds seront-ils déviés ?"),
            ["autre", "pont"]
        );
    }

    #[test]
    fn a_noun_beside_the_question_word_says_what_is_asked() {
        for (text, expects) in [
            (
                "quelle quantité de riz la coopérative a-t-elle vendue",
                Expect::Count,
            ),
            (
                "how long is the new cycle path along the canal",
                Expect::Count,
            ),
            (
                "berapa luas lahan yang terbakar di Ogan Ilir",
                Expect::Count,
            ),
            (
                "dans quel hameau la route a-t-elle été coupée",
                Expect::Place,
            ),
            ("quel haut fonctionnaire a signé l'arrêté", Expect::Person),
        ] {
            let read = read(text);
            assert_eq!(read.expects, Some(expects), "{text}");
            assert_eq!(read.kind_noun, None, "{text}");
        }
        // After a preposition of place, a place.
        for text in [
            "near which crossroads did the lorry overturn",
            "dans quel lotissement les maisons ont-elles été inondées",
            "di gedung mana rapat warga digelar",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Place), "{text}");
        }
        // A noun no class knows: asked by it, for the answer to be found beside it.
        for (text, noun) in [
            ("which orchard supplies the cider mill", "orchard"),
            ("Which research vessel located the wreck", "vessel"),
            ("kebun mana yang memasok kopi itu", "kebun"),
            ("quel verger fournit les pommes de la cidrerie", "verger"),
        ] {
            let read = read(text);
            assert_eq!(read.expects, None, "{text}");
            assert_eq!(read.kind_noun.as_deref(), Some(noun), "{text}");
        }
    }

    #[test]
    fn the_noun_beside_the_question_word_outweighs_nouns_further() {
        for (text, expects) in [
            ("di kecamatan mana kepala desa itu ditangkap", Expect::Place),
            ("which police unit arrested the mayor", Expect::Organisation),
            ("which regency head opened the new market", Expect::Person),
            // Names don't count among the noun's four words, so its head is reached.
            (
                "which Wonogiri regional assembly commission chairman urged the office",
                Expect::Person,
            ),
            // After a comma, `which` opens a relative clause, asking nothing.
            (
                "who heads the housing agency, which ran the renovation programme",
                Expect::Person,
            ),
            (
                "which agency, which the regent created, ran the programme",
                Expect::Organisation,
            ),
            // So does "where" after a noun, once another question word has asked.
            (
                "qui est la cheffe de l'arrondissement où les habitants ont enterré les poissons",
                Expect::Person,
            ),
            (
                "who is the head of the school where pupils fell ill",
                Expect::Person,
            ),
            ("di desa mana warga mengungsi", Expect::Place),
            // A sum asked by the noun after the question word, whatever body follows.
            (
                "what street value did police put on the meth",
                Expect::Money,
            ),
            (
                "what value did police put on the seized drugs",
                Expect::Money,
            ),
            ("quel budget le district a-t-il débloqué", Expect::Money),
            (
                "which investment fund holds about 22% of the company",
                Expect::Organisation,
            ),
            // A kind of place asked outweighs a word of meeting.
            ("in which building will the meeting be held", Expect::Place),
            (
                "which sub-district recorded the steepest fall",
                Expect::Place,
            ),
            (
                "who heads the agency that estimated how much revenue is lost",
                Expect::Person,
            ),
            ("quel élu a évalué le coût des réparations", Expect::Person),
            (
                "quelle collectivité paiera l'essentiel des travaux",
                Expect::Organisation,
            ),
            // "which" after another question word opens a relative clause.
            (
                "who owns the fishing boat in which the harbour fire started",
                Expect::Person,
            ),
            // The market asked, whatever word of money the question holds.
            (
                "sur quel marché les cantinières n'obtiennent-elles plus de crédit",
                Expect::Place,
            ),
            (
                "what did the whole hospital scanner project cost",
                Expect::Money,
            ),
            (
                "how large was the deficit announced by the club",
                Expect::Money,
            ),
        ] {
            assert_eq!(read(text).expects, Some(expects), "{text}");
        }
        // A noun of no class asked by, not a sum for "raised".
        let read_angler = read("which angler raised the alarm about dead fish");
        assert_eq!(read_angler.expects, None);
        assert_eq!(read_angler.kind_noun.as_deref(), Some("angler"));
    }

    #[test]
    fn the_noun_counted_outweighs_words_of_money() {
        for text in [
            "combien de tracteurs la subvention régionale a-t-elle permis d'acheter",
            "berapa anggota koperasi yang dananya hilang",
            "berapa jumlah pedagang yang menerima bantuan modal",
            "à combien s'élève le nombre de visiteurs de la foire",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Count), "{text}");
        }
        for text in [
            "berapa besar anggaran perbaikan jalan itu",
            "combien d'argent la mairie a-t-elle versé",
            "berapa dana yang dikucurkan pemerintah",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Money), "{text}");
        }
    }

    #[test]
    fn a_noun_of_a_sum_asked_by_its_rate_or_its_complement_asks_a_sum() {
        for text in [
            // `bonus` is no verb ending the noun, and `per` opens its rate.
            "what exceptional bonus per worker is the union demanding",
            // `plafond` says nothing; `d'indemnisation` does.
            "quel est le plafond d'indemnisation par agriculteur",
            "quel est le plafond de la subvention accordée aux éleveurs",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Money), "{text}");
        }
        // A word of rate is no noun of the kind asked.
        let q = read("what levy per surfer per visit does the regulation impose");
        assert_eq!(q.kind_noun.as_deref(), Some("levy"));
        // A deputy asked by is someone.
        assert_eq!(
            read("quel adjoint au maire de Quimper annonce la fermeture du pont").expects,
            Some(Expect::Person)
        );
        // Nor is an auxiliary.
        let q = read("on which evening did the generator fail to start");
        assert_eq!(q.kind_noun.as_deref(), Some("evening"));
    }

    #[test]
    fn paying_asks_a_sum() {
        for text in [
            "combien paieront les abonnés après la hausse",
            "berapa tarif kapal cepat ke Pulau Seribu",
            "how much does each visitor pay for the ferry",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Money), "{text}");
        }
    }

    #[test]
    fn a_names_possessive_is_left_out_of_the_topic() {
        let q = read("How much is Baie-Comeau's snow-clearing contract worth?");
        assert!(q.topic.contains("Baie-Comeau snow-clearing"), "{}", q.topic);
        // A common word keeps it, as the analysers read it.
        assert!(
            read("how much is the town's contract worth")
                .topic
                .contains("town's")
        );
    }

    #[test]
    fn a_share_asked_is_a_count_in_percent() {
        for text in [
            "what percentage of the nurses voted for the strike",
            "berapa persen warga yang sudah divaksin",
            "quel pourcentage des élèves a réussi l'examen",
        ] {
            let q = read(text);
            assert!(asks_share(text), "{text}");
            assert_eq!(
                (q.kind, q.expects),
                (Kind::HowMany, Some(Expect::Count)),
                "{text}"
            );
        }
        // A share named without a question word beside it asks nothing of the kind.
        assert!(!asks_share("who bought a share of the club"));
        assert!(!asks_share(
            "in which part of Bulawayo does the pensioner live"
        ));
        assert!(asks_share("quelle part du budget va aux écoles"));
        // Nor does "qui" before the verb `part`: a person is asked.
        let q = read("qui est le médecin du village qui part à la retraite");
        assert!(!asks_share(&q.question));
        assert_eq!(q.expects, Some(Expect::Person));
    }

    #[test]
    fn what_someone_is_said_to_have_done_is_asked_as_any_noun() {
        let question =
            read("Quel montant la société dit-elle avoir réservé pour l'indemnisation ?");
        assert_eq!(question.kind, Kind::Topic);
        assert_eq!(question.expects, Some(Expect::Money));
        let question = read("which company did the minister say would build the plant");
        assert_ne!(question.kind, Kind::Said);
        assert_eq!(question.expects, Some(Expect::Organisation));
        // Indonesian's "which" after its noun, before a relative clause.
        let question = read(
            "Komisi dari lembaga negara mana yang harus memberi pendapat sebelum koleksi \
             itu masuk ke museum?",
        );
        assert_eq!(question.kind, Kind::Who);
        assert_eq!(question.expects, Some(Expect::Organisation));
        assert_eq!(
            read("apa pendapat Bupati tentang banjir itu").kind,
            Kind::Said
        );
        // Not what was said, nor who said it.
        assert_eq!(
            q("qu'a dit Zuckerberg sur l'intelligence artificielle").0,
            Kind::Said
        );
        assert_eq!(
            read("quel ministre a dit que l'usine fermerait").kind,
            Kind::Who
        );
    }

    #[test]
    fn where_a_meeting_is_held_and_a_deadline_are_asked() {
        let question = read("Di mana pertemuan antara petani dan perusahaan tambang akan digelar?");
        assert_ne!(question.kind, Kind::Met);
        assert_eq!(question.expects, Some(Expect::Place));
        let question = read("Quelle est la date limite fixée pour réparer les abris ?");
        assert_eq!(question.kind, Kind::When);
        assert_eq!(question.expects, Some(Expect::Date));
        assert_eq!(
            read("what is the deadline for the repairs").kind,
            Kind::When
        );
        let question = read("On which night did customs intercept the truck near Karang?");
        assert_eq!(question.expects, Some(Expect::Date));
    }

    #[test]
    fn an_executive_asked_is_a_person_whatever_sum_the_question_names() {
        let question =
            read("Which SMGEAG executive admitted that much of the water is lost in old pipes?");
        assert_eq!(question.expects, Some(Expect::Person));
    }

    #[test]
    fn whose_asks_a_person() {
        let question =
            read("Whose vanilla plantation in Saint-Philippe was stripped by the thieves?");
        assert_eq!(question.expects, Some(Expect::Person));
    }

    #[test]
    fn a_venue_asked_is_a_place() {
        let question = read("Melalui jembatan apa jalur memutar yang harus ditempuh?");
        assert_eq!(question.expects, Some(Expect::Place));
    }

    #[test]
    fn an_indonesian_noun_before_siapa_asks_a_person() {
        let question = read("Dokter siapa yang membela keputusan menutup UGD pada malam hari?");
        assert_eq!(question.kind, Kind::Who);
        assert_eq!(question.expects, Some(Expect::Person));
    }

    #[test]
    fn said_questions_in_three_languages() {
        assert_eq!(
            q("what did Zuckerberg say about DeepSeek"),
            (Kind::Said, Some("Zuckerberg".into()), "DeepSeek".into())
        );
        assert_eq!(
            q("apa kata Huang tentang WhatsApp"),
            (Kind::Said, Some("Huang".into()), "WhatsApp".into())
        );
        assert_eq!(
            q("qu'a dit Zuckerberg sur l'intelligence artificielle"),
            (
                Kind::Said,
                Some("Zuckerberg".into()),
                "l'intelligence artificielle".into()
            )
        );
        assert_eq!(
            q("What did Jensen Huang say about open source AI?"),
            (
                Kind::Said,
                Some("Jensen Huang".into()),
                "open source AI".into()
            )
        );
    }

    #[test]
    fn who_spoke_or_acted_is_asked_as_who() {
        let expects = |text: &str| {
            let question = read(text);
            (question.kind, question.expects)
        };
        // Who said it, not what was said.
        for text in [
            "which spokesman said the plant would close",
            "quel porte-parole a expliqué la fermeture de l'usine ?",
            "who said the plant would close",
            // A name joined by "and" before the noun.
            "Which Westmorland and Furness councillor is responsible for public health?",
        ] {
            assert_eq!(expects(text), (Kind::Who, Some(Expect::Person)), "{text}");
        }
        assert_eq!(
            expects("which carmaker said it would close the plant"),
            (Kind::Who, Some(Expect::Organisation))
        );
        // What was said, though the question says "quel".
        assert_eq!(
            q("quel est l'avis de Zuckerberg sur DeepSeek").0,
            Kind::Said
        );
        // "Which" and a noun, then the verb it is the subject of.
        for text in [
            "quelle sénatrice a annoncé le recours ?",
            "which historian has catalogued the letters?",
            "which geologist has been monitoring the volcano?",
        ] {
            assert_eq!(expects(text), (Kind::Who, Some(Expect::Person)), "{text}");
        }
        // Not its subject: inverted, passive, or asked with "did".
        for text in [
            "quelle maison le couple a-t-il achetée ?",
            "quel pont a été fermé ?",
            "which letters did the historian catalogue?",
            "which letters have been catalogued?",
        ] {
            assert_eq!(expects(text).0, Kind::Topic, "{text}");
        }
    }

    #[test]
    fn a_word_of_a_name_asks_nothing() {
        // `Prix` of a race's name is no price.
        assert_eq!(
            read("How long was the race of the Grand Prix de Florennes?").expects,
            Some(Expect::Count)
        );
        assert_eq!(
            read("Quel était le prix du billet ?").expects,
            Some(Expect::Money)
        );
    }

    #[test]
    fn a_question_in_capitals_reads_without_panic() {
        // The run of capitalised words holds the verb itself.
        let (kind, speaker, _) = q("What Did Mark Zuckerberg Say About DeepSeek");
        assert_eq!(kind, Kind::Said);
        assert!(speaker.is_some());
    }

    #[test]
    fn kind_markers() {
        assert!(has_number("dilatih pada lebih dari 16.000 GPU"));
        assert!(!has_number("tanpa angka"));
        assert!(has_date("pada Kamis 29 Februari"));
        assert!(has_date("en novembre 2022"));
        assert!(has_meeting("Yoon Suk Yeol, bertemu dengan CEO Meta"));
        assert!(Kind::Met.wants("Yoon Suk Yeol, bertemu dengan CEO Meta"));
        assert!(!Kind::Topic.wants("16.000 GPU"));
    }

    #[test]
    fn other_kinds() {
        assert_eq!(q("who did Zuckerberg meet in South Korea").0, Kind::Met);
        assert_eq!(
            q("who did Zuckerberg meet in South Korea").1.as_deref(),
            Some("Zuckerberg")
        );
        assert_eq!(
            q("how many GPUs was Llama trained on"),
            (Kind::HowMany, None, "GPUs Llama trained on".into())
        );
        assert_eq!(
            q("berapa miliar euro investasi swasta di Prancis").0,
            Kind::HowMany
        );
        assert_eq!(q("combien de GPU pour Llama").0, Kind::HowMany);
        assert_eq!(q("kapan Zuckerberg bertemu Yoon").0, Kind::When);
        // A meeting called is no one met.
        assert_eq!(
            read("which hospitality trade union called a crisis meeting over the fees").expects,
            Some(Expect::Organisation)
        );
        // Asked by another question word first, "when" opens a clause.
        assert_eq!(
            read("to which market was the driver taking his load when he got stuck").expects,
            Some(Expect::Place)
        );
        assert_eq!(q("quand a eu lieu le lancement de ChatGPT").0, Kind::When);
        assert_eq!(
            q("en quelle année la startup a-t-elle été fondée").0,
            Kind::When
        );
        assert_eq!(q("in what year was the company founded").0, Kind::When);
        assert_eq!(q("tahun berapa perusahaan itu didirikan").0, Kind::When);
        assert_eq!(q("from what date will the ward close").0, Kind::When);
        assert_eq!(
            q("à quel moment la rivière a-t-elle atteint son pic").0,
            Kind::When
        );
        assert_eq!(q("hari apa pasar itu dibuka kembali").0, Kind::When);
        assert_eq!(q("berapa hari pasar itu ditutup").0, Kind::HowMany);
        assert_eq!(q("how many days was the market closed").0, Kind::HowMany);
        assert_eq!(q("berapa tahun proyek itu berjalan").0, Kind::HowMany);
        assert_eq!(q("siapa pendiri NVIDIA").0, Kind::Who);
        let expects = |text: &str| read(text).expects;
        assert_eq!(
            expects("what is the contract value of the runway extension"),
            Some(Expect::Money)
        );
        assert_eq!(expects("siapa pendiri NVIDIA"), Some(Expect::Person));
        // "where" after a comma, once the question has asked: a relative clause.
        for text in [
            "who heads the surgery department of the hospital, where the centre opened?",
            "qui dirige le service de cardiologie de l'hôpital, où le bloc a ouvert ?",
            "siapa yang memimpin rumah sakit itu, di mana ruang operasi baru dibuka?",
        ] {
            assert_eq!(expects(text), Some(Expect::Person), "{text}");
        }
        for text in [
            "in the Bandung bribery case, where was the money hidden?",
            "dans l'affaire de Lorient, où le maire a-t-il été jugé ?",
        ] {
            assert_eq!(expects(text), Some(Expect::Place), "{text}");
        }
        for text in [
            "which company released the Llama model",
            "perusahaan apa yang memimpin pendanaan TaniKita",
            "quelle entreprise a construit l'usine",
            "klub mana yang merekrut pemain itu",
            "which bank's chief economist expects a cut",
            "which chamber's courses will move to the new campus",
            "quelle chambre consulaire proposera des bilans de compétences",
            "serikat buruh mana yang menggelar mogok",
            "quel syndicat a appelé à la grève",
            "which union called the strike",
            "quelle autorité a sanctionné le club",
            "which authority approved the merger",
            "quel service cantonal surveille la route",
            "lembaga federal Swiss apa yang diminta membayar",
            "dengan kepolisian negara mana mereka berkoordinasi",
            "which office issued the permit",
            "which palm oil company was ordered to pay compensation",
            "partai apa yang menang di dapil itu",
            "quelle ONG accompagne les pêcheurs",
            "which body regulates the port",
            // A body's noun, whatever other senses its translations have (`farm`).
            "quel fonds a financé l'usine",
            // A role's office is a body.
            "which prosecutor's office handled the case",
            // The head first, three words qualifying it, one of them a person's.
            "organisasi orang tua murid mana yang meluncurkan petisi",
            // The name of what the body is of before "mana", and a word of money after.
            "lembaga asuransi kesehatan nasional Gabon mana yang menunggak pembayaran biaya",
            // A firm's noun.
            "kontraktor mana yang dituduh menelantarkan proyek jalan",
            "which contractor abandoned the road works",
        ] {
            assert_eq!(expects(text), Some(Expect::Organisation), "{text}");
        }
        assert_eq!(
            expects("di mana kantor perusahaan TaniKita"),
            Some(Expect::Place)
        );
        assert_eq!(
            expects("berapa perusahaan mendukung proyek itu"),
            Some(Expect::Count)
        );
        // A person asked by a role or a title beside a question word.
        for text in [
            // A name in lower case with a capital inside before the role.
            "which m2A vice-president announced the delay to the tram line",
            // A name before a noun ending as a verb in the third person does.
            "which Samosir fisheries chief blamed upwelling",
            "quel ministre a signé le décret",
            "which judge dismissed the case",
            "menteri mana yang meresmikan jembatan itu",
            // A trade of the people news quotes, as a role is.
            "which farmer found the fossil",
            "quel agriculteur a témoigné",
            "which grower lost the most vines to the frost",
            "quel éleveur a vendu la génisse",
            "quelle collectrice de poisson a témoigné",
            "peternak mana yang kehilangan sapinya",
            // A trade told by its ending.
            "which boatman complained about the ferries",
            "which cardiologist led the first procedure",
            "quel journaliste a révélé l'affaire",
        ] {
            assert_eq!(expects(text), Some(Expect::Person), "{text}");
        }
        // A grouping of communes is a body.
        assert_eq!(
            expects("quelle intercommunalité finance le giratoire"),
            Some(Expect::Organisation)
        );
        // Money asked by its own name.
        for text in [
            "combien d'argent la mairie a-t-elle versé",
            "how much money did the charity collect",
            "berapa uang yang dikumpulkan warga",
        ] {
            assert_eq!(expects(text), Some(Expect::Money), "{text}");
        }
        assert_eq!(
            q("investasi AI di Eropa"),
            (Kind::Topic, None, "investasi AI di Eropa".into())
        );
    }

    #[test]
    fn a_verb_keeps_its_word_without_the_subject_after_it() {
        assert_eq!(without_inversion("coûte-t-elle"), "coûte");
        assert_eq!(without_inversion("sont-ils"), "sont");
        assert_eq!(without_inversion("lot-et-garonne"), "lot-et-garonne");
        assert_eq!(without_inversion("garonne-sud"), "garonne-sud");
    }

    #[test]
    fn a_gain_a_loss_a_penalty_or_a_wage_asks_a_sum() {
        for text in [
            "berapa kerugian negara akibat proyek itu",
            "berapa laba bersih bank itu tahun lalu",
            "how much were the company's losses last year",
            "quel est le montant des pertes de la société",
            "à combien s'élève l'amende infligée au groupe",
            // A verb of costing in any of its forms, its subject put after it or not.
            "combien la rénovation du musée coûte-t-elle par an",
            "combien devait coûter le nouveau pont",
            // "what" before an auxiliary asks no noun.
            "what will tuition fees at the university rise to",
            // A price by its unit.
            "how much per kilogram were collectors paying for cinnamon bark",
            // A sum saved.
            "combien la bibliothèque économisera-t-elle chaque année",
            "berapa yang dihemat pemerintah kota setiap tahun",
            // A bill.
            "à combien s'élève la facture d'eau impayée du conseil municipal",
            // "à combien" alone, where no noun says what is counted.
            "à combien est estimé le projet de nouvelle salle de sport",
            "à combien la redevance mensuelle a-t-elle été portée",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Money), "{text}");
        }
        assert_eq!(
            read("berapa korban meninggal dalam kecelakaan itu").expects,
            Some(Expect::Count)
        );
    }

    #[test]
    fn a_name_asked_by_what_it_is_called() {
        let q = read("What was the campaign group fighting to save the post office called?");
        assert_eq!((q.kind, q.expects), (Kind::Who, Some(Expect::Organisation)));
        let q = read("what is the new ferry called");
        assert_eq!(q.expects, None);
        // English's head comes last, past the names before it.
        let q = read(
            "What is the name of the Sungai Ranting Jaya smallholders' cooperative in Ukui that is demanding plasma land?",
        );
        assert_eq!((q.kind, q.expects), (Kind::Who, Some(Expect::Organisation)));
        let q = read("what is the name of the Sungai Ranting village school's headmaster");
        assert_eq!((q.kind, q.expects), (Kind::Who, Some(Expect::Person)));
    }

    #[test]
    fn the_noun_after_what_is_the_names_what_is_asked() {
        let q = read(
            "What is the palm oil cooperative in Labuhanbatu whose former treasurer went on trial?",
        );
        assert_eq!((q.kind, q.expects), (Kind::Who, Some(Expect::Organisation)));
        // A participle before the noun is no verb; a sum's noun asks a sum.
        let q = read("What are the estimated liabilities of the bakery business?");
        assert_eq!(q.expects, Some(Expect::Money));
        let q = read(
            "what is the total compensation fund Sidrap regency has set aside for poultry farmers",
        );
        assert_eq!(q.expects, Some(Expect::Money));
        // Nor a noun of no class: "what is the initial estimate of losses" asks a sum.
        let q = read("What was the initial estimate of losses caused by the flood?");
        assert_eq!(q.expects, Some(Expect::Money));
    }

    #[test]
    fn nouns_of_vets_groups_springs_and_sites() {
        let q = read("Which vet treated the turtle before her release?");
        assert_eq!(q.expects, Some(Expect::Person));
        let q = read("Apa nama kelompok tani ternak di Sijunjung yang sapinya terjangkit?");
        assert_eq!(q.expects, Some(Expect::Organisation));
        let q = read("From which spring does the new water network draw its water?");
        assert_eq!(q.expects, Some(Expect::Place));
        let q = read("Which site was the most visited attraction in the region?");
        assert_eq!(q.expects, Some(Expect::Place));
    }

    #[test]
    fn a_noun_of_no_class_that_leads_is_someone() {
        let q = read("quel officier commandait l'équipe de déminage venue à Sragen");
        assert_eq!((q.kind, q.expects), (Kind::Who, Some(Expect::Person)));
    }

    #[test]
    fn how_much_of_a_thing_measures_it() {
        for text in [
            "how much farmland was trampled by the cattle",
            "how much rain fell on Monday",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Count), "{text}");
        }
        assert_eq!(
            read("berapa ganti rugi yang harus dibayar perusahaan").expects,
            Some(Expect::Money)
        );
        for text in [
            "how much did the new bridge cost",
            "how much emergency money did the regency set aside",
            "how much net profit did the hoarders make",
            "how much damage did the earthquake cause",
            "how much support does each family receive under the scheme",
            "how much aid did the village get",
            // The head of an English compound comes last, past a hyphenated word.
            "how much palm fruit sales money did the treasurer embezzle",
            "how much unpaid profit-sharing money does the firm owe",
            // What a seller asks.
            "how much were roadside vendors charging for a liter of fuel",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Money), "{text}");
        }
    }

    #[test]
    fn a_role_after_the_body_it_is_of_asks_a_person() {
        let q = read("Which Aru Islands police chief announced the seizure at Dobo port?");
        assert_eq!(q.expects, Some(Expect::Person));
        let q = read("which union leader called the strike");
        assert_eq!(q.expects, Some(Expect::Person));
        // A body's noun heading the phrase still asks a body.
        let q = read("which police unit arrested the suspects");
        assert_eq!(q.expects, Some(Expect::Organisation));
    }

    #[test]
    fn a_measure_asked_over_a_price_spoken_of() {
        let q = read(
            "Quelle superficie couvrent les plantations d'ananas touchées par la chute des prix ?",
        );
        assert_eq!(q.expects, Some(Expect::Count));
    }

    #[test]
    fn places_asked_by_their_kind() {
        for asked in [
            "which district recorded the most cases",
            "near which town is the quarry",
            "kecamatan mana yang paling parah terdampak",
            "dans quelle commune le festival aura-t-il lieu",
            "which province's governor opened the fair",
            "di rumah sakit mana pasien itu dirujuk",
            // A name between the question word and its noun.
            "which Kisii village was cut off by the landslide",
            // The noun last, its question word before it.
            "in which village",
        ] {
            assert!(asks_a_kind_of_place(asked), "{asked}");
        }
        for not_asked in [
            "what did the district chief say",
            "how many villages were flooded",
        ] {
            assert!(!asks_a_kind_of_place(not_asked), "{not_asked}");
        }
        // A relative "qui" after a noun asks no one: the kind of place is asked.
        let asked = "dans quelle commune vit le berger qui a perdu ses brebis";
        assert_eq!(read(asked).expects, Some(Expect::Place));
        // A noun of measure after a preposition of place names a place; alone, a size.
        assert_eq!(
            read("in which area of the city will the stadium be built").expects,
            Some(Expect::Place)
        );
        assert_eq!(
            read("what area does the forest cover").expects,
            Some(Expect::Count)
        );
        // So does one "of" a name: a part of a place; "of" a thing, it is a size.
        assert_eq!(
            read("which area of Saint Lucia was hardest hit by the storm").expects,
            Some(Expect::Place)
        );
        assert_eq!(
            read("what area of forest was burned").expects,
            Some(Expect::Count)
        );
    }

    #[test]
    fn a_name_asked_is_a_person_a_body_or_a_place_by_the_noun_after() {
        for (text, expect) in [
            (
                "comment s'appelle le berger qui a perdu ses brebis",
                Expect::Person,
            ),
            (
                "what is the name of the nurse who raised the alarm",
                Expect::Person,
            ),
            (
                "apa nama yayasan yang membangun sekolah itu",
                Expect::Organisation,
            ),
            (
                "quel est le nom du village où le car s'est renversé",
                Expect::Place,
            ),
        ] {
            assert_eq!(read(text).expects, Some(expect), "{text}");
        }
    }

    #[test]
    fn a_role_asked_after_the_name_of_its_place() {
        for text in [
            "which Cianjur regency head signed the decree",
            "which Nakuru county governor visited the camp",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Person), "{text}");
        }
    }

    #[test]
    fn who_asks_where_it_opens_the_question_not_after_a_noun() {
        for (text, asks) in [
            ("qui a fondé la coopérative", true),
            ("à qui la mairie a-t-elle vendu le terrain", true),
            ("and who paid for the repairs", true),
            ("quel âge a le berger qui a perdu ses brebis", false),
            ("where does the man who found the coins live", false),
        ] {
            let lower: Vec<String> = words(text).iter().map(|w| w.lower().into_owned()).collect();
            let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
            assert_eq!(asks_who(&lower), asks, "{text}");
        }
    }

    #[test]
    fn someone_asked_by_a_trade_past_a_name_or_an_age() {
        for text in [
            "Which Vosne-Romanée winegrower burned 2,400 paraffin candles during the frost?",
            "Which 58-year-old Bonifacio boatman runs two 80-seat launches with his sons?",
            "Which shopkeeper reported the theft?",
        ] {
            assert_eq!(read(text).expects, Some(Expect::Person), "{text}");
        }
        // A river is no one, though it ends as a doer's noun may.
        assert!(!names_someone_by_trade("river"));
        assert!(names_someone_by_trade("stallholder"));
    }
}
