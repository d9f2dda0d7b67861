//! English morphology, enough to reach a dictionary's headwords from the forms a
//! question uses: plurals (`stocks` → `stock`, `companies` → `company`), verb forms
//! (`trained` → `train`, `meeting` → `meet`, `planned` → `plan`) and irregular verbs
//! (`fell` → `fall`, `met` → `meet`, `said` → `say`).

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

#[cfg(test)]
mod tests {
    use super::lemmas;

    #[test]
    fn inflections_reach_their_base() {
        assert_eq!(lemmas("stocks"), ["stock"]);
        assert_eq!(lemmas("companies")[0], "company");
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
