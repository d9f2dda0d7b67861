//! French morphology, enough to reach a dictionary's headwords from the forms a
//! question uses: plurals (`élections` → `élection`, `travaux` → `travail`), feminine
//! forms (`japonaises` → `japonais`, `productive` → `productif`, `générale` →
//! `général`) and verb forms (`échangé` → `échanger`, `réunissent` → `réunir`). The
//! rules only propose candidates; `translate` keeps the first one that is a headword.

/// (suffix, replacement) rules, longest and most specific first. Each applies to the
/// word as typed and to its plural-less form.
const RULES: [(&str, &str); 48] = [
    // Feminine and derived forms of adjectives and nouns.
    ("euse", "eur"),
    ("rice", "eur"),
    ("ive", "if"),
    ("elle", "el"),
    ("enne", "en"),
    ("onne", "on"),
    ("ette", "et"),
    ("ère", "er"),
    ("aux", "al"),
    ("aux", "ail"),
    ("eaux", "eau"),
    // Verbs in -er.
    ("èrent", "er"),
    ("eraient", "er"),
    ("erait", "er"),
    ("eront", "er"),
    ("erons", "er"),
    ("erez", "er"),
    ("era", "er"),
    ("erai", "er"),
    ("aient", "er"),
    ("ait", "er"),
    ("ais", "er"),
    ("ant", "er"),
    ("ons", "er"),
    ("ez", "er"),
    ("ent", "er"),
    ("ées", "er"),
    ("és", "er"),
    ("ée", "er"),
    ("é", "er"),
    ("e", "er"),
    ("a", "er"),
    // Verbs in -ir.
    ("issaient", "ir"),
    ("issait", "ir"),
    ("issant", "ir"),
    ("issent", "ir"),
    ("issons", "ir"),
    ("issez", "ir"),
    ("ies", "ir"),
    ("ie", "ir"),
    ("it", "ir"),
    ("is", "ir"),
    ("i", "ir"),
    // Verbs in -re and -oir (participles).
    ("ues", "re"),
    ("ue", "re"),
    ("us", "re"),
    ("u", "re"),
    ("u", "oir"),
];

/// Base forms `word` (lower case) may be an inflection of, most likely first; the word
/// itself is not included.
pub fn lemmas(word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if s != word && s.chars().count() >= 2 && !out.contains(&s) {
            out.push(s);
        }
    };
    // The word and its singular: `élections` → `élection`, `prix` stays.
    let mut forms = vec![word.to_string()];
    if let Some(stem) = word.strip_suffix('s').or_else(|| word.strip_suffix('x'))
        && stem.chars().count() >= 2
    {
        push(stem.to_string());
        forms.push(stem.to_string());
    }
    // Feminine: `japonaise` → `japonais`, `générale` → `général`.
    for form in forms.clone() {
        if let Some(stem) = form.strip_suffix('e')
            && stem.chars().count() >= 2
        {
            push(stem.to_string());
        }
    }
    for form in &forms {
        for (suffix, base) in RULES {
            if let Some(stem) = form.strip_suffix(suffix)
                && stem.chars().count() >= 2
            {
                push(format!("{stem}{base}"));
            }
        }
    }
    // `découvert` → `découvrir`, `pris` → `prendre`.
    for infinitive in infinitives_of_participle(word) {
        push(infinitive);
    }
    out
}

/// The past participles French stemming can't tie to their infinitive (`découvert`,
/// `pris`, `mis`, `construit`, `vendu`): (ending of the infinitive, ending of the
/// participle), longest first. A verb takes the first whose ending it has, the rest of
/// it unchanged (`découvrir` → `découvert`, `permettre` → `permis`, `produire` →
/// `produit`).
const IRREGULAR_PARTICIPLES: [(&str, &str); 42] = [
    ("prendre", "pris"),
    ("mettre", "mis"),
    ("couvrir", "couvert"),
    ("ouvrir", "ouvert"),
    ("offrir", "offert"),
    ("souffrir", "souffert"),
    ("quérir", "quis"),
    ("mourir", "mort"),
    ("courir", "couru"),
    ("naître", "né"),
    ("connaître", "connu"),
    ("paraître", "paru"),
    ("recevoir", "reçu"),
    ("cevoir", "çu"),
    ("devoir", "dû"),
    ("pouvoir", "pu"),
    ("savoir", "su"),
    ("voir", "vu"),
    ("vouloir", "voulu"),
    ("valoir", "valu"),
    ("venir", "venu"),
    ("tenir", "tenu"),
    ("vivre", "vécu"),
    ("suivre", "suivi"),
    ("écrire", "écrit"),
    ("crire", "crit"),
    ("duire", "duit"),
    ("truire", "truit"),
    ("faire", "fait"),
    ("dire", "dit"),
    ("lire", "lu"),
    ("croire", "cru"),
    ("boire", "bu"),
    ("battre", "battu"),
    ("clure", "clu"),
    ("soudre", "solu"),
    ("eindre", "eint"),
    ("aindre", "aint"),
    ("oindre", "oint"),
    ("endre", "endu"),
    ("ondre", "ondu"),
    ("erdre", "erdu"),
];

/// The past participle of a French verb whose participle stemming can't reach from its
/// infinitive (`découvrir` → `découvert`), or `None`.
pub fn irregular_participle(infinitive: &str) -> Option<String> {
    IRREGULAR_PARTICIPLES
        .iter()
        .find_map(|(ending, participle)| {
            infinitive
                .strip_suffix(ending)
                .map(|stem| format!("{stem}{participle}"))
        })
}

/// The infinitives a past participle may be of (`découvertes` → `découvrir`).
fn infinitives_of_participle(word: &str) -> Vec<String> {
    let mut forms = vec![word];
    for ending in ["es", "s", "e"] {
        if let Some(stem) = word.strip_suffix(ending) {
            forms.push(stem);
        }
    }
    let mut out = Vec::new();
    for form in forms {
        for (ending, participle) in IRREGULAR_PARTICIPLES {
            if let Some(stem) = form.strip_suffix(participle)
                // `mis` alone, `pris`, `dit`: no shorter stem than the verb's own.
                && (stem.chars().count() >= 1 || participle.chars().count() >= 3)
            {
                let infinitive = format!("{stem}{ending}");
                if !out.contains(&infinitive) {
                    out.push(infinitive);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{irregular_participle, lemmas};

    #[test]
    fn irregular_participles_and_their_infinitives() {
        for (infinitive, participle) in [
            ("découvrir", "découvert"),
            ("prendre", "pris"),
            ("permettre", "permis"),
            ("produire", "produit"),
            ("construire", "construit"),
            ("vendre", "vendu"),
            ("atteindre", "atteint"),
            ("recevoir", "reçu"),
            ("obtenir", "obtenu"),
            ("mourir", "mort"),
        ] {
            assert_eq!(
                irregular_participle(infinitive).as_deref(),
                Some(participle)
            );
            assert!(has(participle, infinitive), "{participle} → {infinitive}");
        }
        assert!(has("découvertes", "découvrir"));
        // Regular verbs are the stemmer's.
        assert_eq!(irregular_participle("organiser"), None);
    }

    fn has(word: &str, lemma: &str) -> bool {
        lemmas(word).iter().any(|l| l == lemma)
    }

    #[test]
    fn inflections_reach_their_base() {
        assert_eq!(lemmas("élections")[0], "élection");
        assert_eq!(lemmas("dirigeants")[0], "dirigeant");
        assert!(has("japonaises", "japonais"));
        assert!(has("productive", "productif"));
        assert!(has("générale", "général"));
        assert!(has("travaux", "travail"));
        assert!(has("échangé", "échanger"));
        assert!(has("réunissent", "réunir"));
        assert!(has("vendues", "vendre"));
        assert!(has("chanteuses", "chanteur"));
        assert!(lemmas("prix").iter().all(|l| l != "prix"));
    }
}
