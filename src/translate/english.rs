//! English morphology, enough to reach a dictionary's headwords from the forms a
//! question uses: plurals (`stocks` → `stock`, `companies` → `company`), verb forms
//! (`trained` → `train`, `meeting` → `meet`, `planned` → `plan`) and irregular verbs
//! (`fell` → `fall`, `met` → `meet`, `said` → `say`); and back, the forms a base
//! form takes in text (`teacher` → `teachers`, `strike` → `striking`, `meet` → `met`), for an English
//! translation to meet the unstemmed words of English articles.

/// Irregular past forms and participles, with their base form.
const IRREGULAR: [(&str, &str); 64] = [
    ("arose", "arise"),
    ("ate", "eat"),
    ("became", "become"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bought", "buy"),
    ("brought", "bring"),
    ("built", "build"),
    ("came", "come"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("did", "do"),
    ("done", "do"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("drove", "drive"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("felt", "feel"),
    ("fought", "fight"),
    ("found", "find"),
    ("flew", "fly"),
    ("forgot", "forget"),
    ("gave", "give"),
    ("given", "give"),
    ("went", "go"),
    ("gone", "go"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("had", "have"),
    ("heard", "hear"),
    ("held", "hold"),
    ("kept", "keep"),
    ("knew", "know"),
    ("known", "know"),
    ("led", "lead"),
    ("left", "leave"),
    ("lost", "lose"),
    ("made", "make"),
    ("meant", "mean"),
    ("met", "meet"),
    ("paid", "pay"),
    ("ran", "run"),
    ("rose", "rise"),
    ("said", "say"),
    ("saw", "see"),
    ("seen", "see"),
    ("sold", "sell"),
    ("sent", "send"),
    ("spent", "spend"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("stood", "stand"),
    ("taught", "teach"),
    ("thought", "think"),
    ("told", "tell"),
    ("took", "take"),
    ("taken", "take"),
    ("understood", "understand"),
    ("won", "win"),
    ("wrote", "write"),
    ("written", "write"),
    ("men", "man"),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Base forms `word` (lower case) may be an inflection of, most likely first; the word
/// itself is not included.
pub fn lemmas(word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if s != word && s.chars().count() >= 2 && !out.contains(&s) {
            out.push(s);
        }
    };
    if let Some((_, base)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        push(base.to_string());
    }
    if let Some(stem) = word.strip_suffix("ies") {
        push(format!("{stem}y"));
    }
    // fishermen → fisherman, women → woman
    if let Some(stem) = word.strip_suffix("men")
        && stem.chars().count() >= 2
    {
        push(format!("{stem}man"));
    }
    if let Some(stem) = word.strip_suffix("es")
        && (stem.ends_with("sh")
            || stem.ends_with("ch")
            || stem.ends_with('x')
            || stem.ends_with('s'))
    {
        push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix('s')
        && !stem.ends_with('s')
        && !word.ends_with("us")
    {
        push(stem.to_string());
    }
    for suffix in ["ed", "ing"] {
        let Some(stem) = word.strip_suffix(suffix) else {
            continue;
        };
        if stem.chars().count() < 2 {
            continue;
        }
        let chars: Vec<char> = stem.chars().collect();
        let n = chars.len();
        // planned → plan
        if n >= 3
            && chars[n - 1] == chars[n - 2]
            && !is_vowel(chars[n - 1])
            && !matches!(chars[n - 1], 'l' | 's' | 'z')
        {
            push(chars[..n - 1].iter().collect());
        }
        push(stem.to_string());
        // used → use, making → make
        push(format!("{stem}e"));
        if suffix == "ed"
            && let Some(y) = stem.strip_suffix('i')
        {
            push(format!("{y}y"));
        }
    }
    out
}

/// The inflected forms English text may write `base` (a lower-case word) in, the word
/// itself not included: its plural or third person (`teachers`, `taxes`, `policies`),
/// past (`voted`, `planned`, `carried`, and the irregular `met`) and present
/// participle (`striking`, `planning`). Forms no word takes (`teachered`) are harmless:
/// a planner keeps only the forms an index holds.
pub fn inflections(base: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if s != base && !out.contains(&s) {
            out.push(s);
        }
    };
    let chars: Vec<char> = base.chars().collect();
    let n = chars.len();
    if n < 2 || !chars.iter().all(|c| c.is_ascii_lowercase()) {
        return out;
    }
    let last = chars[n - 1];
    let consonant_y = last == 'y' && !is_vowel(chars[n - 2]);
    let stem_y = &base[..base.len() - 1];
    // Plural and third person.
    if consonant_y {
        push(format!("{stem_y}ies"));
    } else if base.ends_with(['s', 'x', 'z']) || base.ends_with("ch") || base.ends_with("sh") {
        push(format!("{base}es"));
    } else {
        push(format!("{base}s"));
    }
    // Past and participles; a short word ending consonant-vowel-consonant doubles its
    // last letter (`planned`), a longer one mostly not (`visited`): both are tried.
    let cvc = n >= 3
        && !is_vowel(last)
        && !matches!(last, 'w' | 'x' | 'y')
        && is_vowel(chars[n - 2])
        && !is_vowel(chars[n - 3]);
    if consonant_y {
        push(format!("{stem_y}ied"));
    } else if last == 'e' {
        push(format!("{base}d"));
    } else {
        push(format!("{base}ed"));
    }
    if last == 'e' && !base.ends_with("ee") {
        push(format!("{}ing", &base[..base.len() - 1]));
    } else {
        push(format!("{base}ing"));
    }
    if cvc {
        push(format!("{base}{last}ed"));
        push(format!("{base}{last}ing"));
    }
    for (form, _) in IRREGULAR.iter().filter(|(_, b)| *b == base) {
        push(form.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{inflections, lemmas};

    #[test]
    fn base_forms_reach_their_inflections() {
        let has = |base: &str, form: &str| inflections(base).iter().any(|f| f == form);
        assert!(has("teacher", "teachers"));
        assert!(has("strike", "strikes") && has("strike", "striking"));
        assert!(has("meet", "met") && has("meet", "meeting"));
        assert!(has("policy", "policies") && has("carry", "carried"));
        assert!(has("tax", "taxes") && has("church", "churches"));
        assert!(has("plan", "planned") && has("visit", "visited"));
        assert!(has("day", "days"));
        assert!(inflections("corée").is_empty());
        // Every inflection leads back to its base form.
        for base in [
            "teacher", "strike", "policy", "plan", "vote", "union", "meet",
        ] {
            for form in inflections(base) {
                assert!(lemmas(&form).contains(&base.to_string()), "{form} → {base}");
            }
        }
    }

    #[test]
    fn inflections_reach_their_base() {
        assert_eq!(lemmas("stocks"), ["stock"]);
        assert_eq!(lemmas("companies")[0], "company");
        assert!(lemmas("fishermen").contains(&"fisherman".to_string()));
        assert!(lemmas("trained").contains(&"train".to_string()));
        assert!(lemmas("meeting").contains(&"meet".to_string()));
        assert!(lemmas("planned").contains(&"plan".to_string()));
        assert!(lemmas("used").contains(&"use".to_string()));
        assert_eq!(lemmas("fell")[0], "fall");
        assert_eq!(lemmas("met")[0], "meet");
        assert_eq!(lemmas("said")[0], "say");
        assert!(lemmas("boxes").contains(&"box".to_string()));
        assert!(lemmas("news").contains(&"new".to_string()));
        assert!(lemmas("status").is_empty());
    }
}
