//! The deterministic timeline generator shared by the examples.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Events per source text: 100k events quote one source text of about 10 MB.
const EVENTS_PER_SOURCE: usize = 100_000;

/// Writes the timeline and its sources; returns the timeline's path.
pub(crate) fn generate(count: usize, dir: &Path, json: bool) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let mut rng = Rng(0x5eed_c0ff_ee00_1234);
    let sources = count.div_ceil(EVENTS_PER_SOURCE).max(1);
    let sentences: Vec<Vec<String>> = (0..sources)
        .map(|s| {
            let per_source = count.div_ceil(sources).max(1);
            (0..per_source).map(|i| sentence(&mut rng, s, i)).collect()
        })
        .collect();
    for (s, lines) in sentences.iter().enumerate() {
        write_source_text(&dir.join(format!("source-{s}.txt")), lines)?;
    }
    let events: Vec<GeneratedEvent> = (0..count).map(|i| event(&mut rng, i, &sentences)).collect();
    let path = dir.join(if json { "timeline.json" } else { "timeline.yaml" });
    let text = if json {
        to_json(sources, &events)
    } else {
        to_yaml(sources, &events)
    };
    std::fs::File::create(&path)?.write_all(text.as_bytes())?;
    Ok(path)
}

/// splitmix64: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const STATES: [(&str, &str); 10] = [
    ("us", "United States"),
    ("china", "China"),
    ("russia", "Russia"),
    ("ukraine", "Ukraine"),
    ("germany", "Germany"),
    ("france", "France"),
    ("turkey", "Türkiye"),
    ("brazil", "Brazil"),
    ("india", "India"),
    ("japan", "Japan"),
];
const ORGANISATIONS: [&str; 10] = [
    "ministry",
    "embassy",
    "army",
    "parliament",
    "central-bank",
    "press-office",
    "navy",
    "customs",
    "court",
    "police",
];
const PEOPLE: [&str; 30] = [
    "Ana Müller",
    "Björn Ström",
    "Chen Wei",
    "Dmitri Orlov",
    "Élodie Lefèvre",
    "Farah Khan",
    "Giorgos Papadopoulos",
    "Hana Nováková",
    "Ivan Petrenko",
    "Jamal Haddad",
    "Kenji Satō",
    "Łucja Wójcik",
    "María Núñez",
    "Nguyễn Văn An",
    "Olga Ivanova",
    "Pedro Álvarez",
    "Qiu Ying",
    "Rafael Souza",
    "Sofia Rossi",
    "Tomás Ó Briain",
    "Ursula Becker",
    "Viktor Horváth",
    "Wang Fang",
    "Ximena Ruiz",
    "Yusuf Demir",
    "Zoë Martin",
    "Aleksandr Volkov",
    "Beatriz Costa",
    "Claire Dubois",
    "Dilnoza Karimova",
];
const VERBS: [&str; 12] = [
    "announced",
    "denied",
    "confirmed",
    "proposed",
    "rejected",
    "postponed",
    "signed",
    "criticised",
    "welcomed",
    "questioned",
    "suspended",
    "reported",
];
const OBJECTS: [&str; 12] = [
    "a new round of sanctions",
    "the ceasefire proposal",
    "an arms shipment",
    "the trade agreement",
    "a grain corridor",
    "the summit agenda",
    "emergency funding",
    "the border closure",
    "a prisoner exchange",
    "the energy deal",
    "naval exercises",
    "the peace talks",
];
const PLACES: [&str; 10] = [
    "in Geneva",
    "in Brussels",
    "in Beijing",
    "in Kyiv",
    "in Ankara",
    "in São Paulo",
    "in Tōkyō",
    "in Washington",
    "in Moscow",
    "in Zürich",
];
const STATUSES: [&str; 5] = ["confirmed", "reported", "scheduled", "disputed", "denied"];

/// A sentence of source text; the serial keeps sentences distinct.
fn sentence(rng: &mut Rng, source: usize, index: usize) -> String {
    format!(
        "Officials {} {} {} on the record, wire {source}-{index} said.",
        rng.pick(&VERBS),
        rng.pick(&OBJECTS),
        rng.pick(&PLACES),
    )
}

fn write_source_text(path: &Path, sentences: &[String]) -> std::io::Result<()> {
    let mut text = String::with_capacity(sentences.len() * 100);
    for (i, s) in sentences.iter().enumerate() {
        text.push_str(s);
        // Paragraphs of five sentences; a non-breaking space now and then, as in real articles.
        text.push_str(if i % 5 == 4 {
            "\n\n"
        } else if i % 7 == 3 {
            "\u{a0}"
        } else {
            " "
        });
    }
    std::fs::write(path, text)
}

struct GeneratedEvent {
    id: String,
    date: String,
    title: String,
    summary: String,
    status: &'static str,
    actors: Vec<String>,
    tags: Vec<&'static str>,
    source: usize,
    quote: String,
    related: Option<String>,
    seq: usize,
    /// One event in three: one of its actors asserts or denies it.
    claim: Option<(String, &'static str)>,
}

fn actor_ids() -> Vec<String> {
    let mut ids: Vec<String> = STATES.iter().map(|(id, _)| (*id).to_owned()).collect();
    ids.extend(ORGANISATIONS.iter().map(|o| (*o).to_owned()));
    ids.extend((0..PEOPLE.len()).map(|p| format!("person-{p}")));
    ids
}

fn event(rng: &mut Rng, index: usize, sentences: &[Vec<String>]) -> GeneratedEvent {
    let ids = actor_ids();
    let source = index % sentences.len();
    let quote = sentences[source][(index / sentences.len()) % sentences[source].len()].clone();
    let (verb, object, place) = (rng.pick(&VERBS), rng.pick(&OBJECTS), rng.pick(&PLACES));
    let who = PEOPLE[rng.below(PEOPLE.len())];
    let state = STATES[rng.below(STATES.len())].1;
    let summary = format!(
        "{who} {verb} {object} {place}, according to officials briefed on the talks. The move follows weeks \
         of pressure from {state} and its partners; observers expect further statements, and the \
         delegations are due to meet again before the end of the month (ref. {index})."
    );
    let actor_count = 1 + rng.below(4);
    let mut actors: Vec<String> = Vec::new();
    for _ in 0..actor_count {
        let id = ids[rng.below(ids.len())].clone();
        if !actors.contains(&id) {
            actors.push(id);
        }
    }
    let claim = (rng.below(3) == 0).then(|| {
        let by = actors[rng.below(actors.len())].clone();
        (by, if rng.below(2) == 0 { "asserts" } else { "denies" })
    });
    GeneratedEvent {
        id: format!("event-{index}"),
        date: date(rng),
        title: format!("{who} {verb} {object} {place}"),
        summary,
        status: rng.pick(&STATUSES),
        actors,
        tags: vec![rng.pick(&["diplomacy", "sanctions", "military", "trade", "energy"])],
        source,
        quote,
        related: (index > 0 && rng.below(10) == 0).then(|| format!("event-{}", rng.below(index))),
        seq: rng.below(3),
        claim,
    }
}

/// Dates spread over 1990–2029 at mixed precisions, with ranges, approximate and open ones.
fn date(rng: &mut Rng) -> String {
    let year = 1990 + rng.below(40);
    let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
    match rng.below(100) {
        0..70 => format!("{year}-{month:02}-{day:02}"),
        70..85 => format!("{year}-{month:02}"),
        85..88 => format!("{year}"),
        88..93 => format!("{year}-{month:02}-{day:02}/{year}-{month:02}-28"),
        93..96 => format!("{year}-{month:02}~"),
        96..98 => format!("{year}-{month:02}-{day:02}?"),
        _ => format!("../{year}-{month:02}-{day:02}"),
    }
}

fn people_and_groups() -> Vec<(String, String, &'static str, Vec<String>)> {
    let mut actors = Vec::new();
    for (id, name) in STATES {
        actors.push((id.to_owned(), name.to_owned(), "state", Vec::new()));
    }
    for (i, org) in ORGANISATIONS.iter().enumerate() {
        let state = STATES[i % STATES.len()];
        let name = format!("{} {}", state.1, org.replace('-', " "));
        actors.push(((*org).to_owned(), name, "organisation", vec![state.0.to_owned()]));
    }
    for (i, name) in PEOPLE.iter().enumerate() {
        let group = if i % 2 == 0 {
            ORGANISATIONS[i % ORGANISATIONS.len()]
        } else {
            STATES[i % STATES.len()].0
        };
        actors.push((
            format!("person-{i}"),
            (*name).to_owned(),
            "person",
            vec![group.to_owned()],
        ));
    }
    actors
}

/// A YAML or JSON double-quoted string (the escapes are the same for this text).
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn to_yaml(sources: usize, events: &[GeneratedEvent]) -> String {
    let mut y = String::with_capacity(events.len() * 1100);
    y.push_str("format: 1\ntitle: \"Generated timeline for benchmarks\"\nsources:\n");
    for s in 0..sources {
        let _ = writeln!(
            y,
            "  - id: wire-{s}\n    title: \"Wire report {s}\"\n    kind: report\n    text: source-{s}.txt"
        );
    }
    y.push_str("actors:\n");
    for (id, name, kind, member_of) in people_and_groups() {
        let _ = writeln!(y, "  - id: {id}\n    name: {}\n    kind: {kind}", quoted(&name));
        if !member_of.is_empty() {
            let _ = writeln!(y, "    member_of: [{}]", member_of.join(", "));
        }
    }
    y.push_str("events:\n");
    for e in events {
        let _ = writeln!(
            y,
            "  - id: {}\n    date: {}\n    seq: {}\n    title: {}\n    summary: {}\n    status: {}\n    actors: [{}]\n    tags: [{}]\n    excerpts:\n      - source: wire-{}\n        quote: {}",
            e.id,
            quoted(&e.date),
            e.seq,
            quoted(&e.title),
            quoted(&e.summary),
            e.status,
            e.actors.join(", "),
            e.tags.join(", "),
            e.source,
            quoted(&e.quote),
        );
        if let Some((by, stance)) = &e.claim {
            let _ = writeln!(
                y,
                "        id: q\n    claims:\n      - {{ by: {by}, stance: {stance}, excerpt: q }}"
            );
        }
        if let Some(related) = &e.related {
            let _ = writeln!(y, "    related: [{related}]");
        }
    }
    y
}

fn to_json(sources: usize, events: &[GeneratedEvent]) -> String {
    let list = |items: &[String]| items.iter().map(|i| quoted(i)).collect::<Vec<_>>().join(", ");
    let mut j = String::with_capacity(events.len() * 1100);
    j.push_str("{\n\"format\": 1,\n\"title\": \"Generated timeline for benchmarks\",\n\"sources\": [\n");
    let sources: Vec<String> = (0..sources)
        .map(|s| format!("  {{\"id\": \"wire-{s}\", \"title\": \"Wire report {s}\", \"kind\": \"report\", \"text\": \"source-{s}.txt\"}}"))
        .collect();
    j.push_str(&sources.join(",\n"));
    j.push_str("\n],\n\"actors\": [\n");
    let actors: Vec<String> = people_and_groups()
        .into_iter()
        .map(|(id, name, kind, member_of)| {
            format!(
                "  {{\"id\": {}, \"name\": {}, \"kind\": \"{kind}\", \"member_of\": [{}]}}",
                quoted(&id),
                quoted(&name),
                list(&member_of)
            )
        })
        .collect();
    j.push_str(&actors.join(",\n"));
    j.push_str("\n],\n\"events\": [\n");
    let rows: Vec<String> = events
        .iter()
        .map(|e| {
            let tags: Vec<String> = e.tags.iter().map(|t| (*t).to_owned()).collect();
            let related = e.related.iter().cloned().collect::<Vec<_>>();
            let claims = match &e.claim {
                Some((by, stance)) => format!(
                    "{{\"by\": {}, \"stance\": \"{stance}\", \"excerpt\": \"q\"}}",
                    quoted(by)
                ),
                None => String::new(),
            };
            format!(
                "  {{\"id\": {}, \"date\": {}, \"seq\": {}, \"title\": {}, \"summary\": {}, \"status\": \"{}\", \"actors\": [{}], \"tags\": [{}], \"excerpts\": [{{\"id\": \"q\", \"source\": \"wire-{}\", \"quote\": {}}}], \"claims\": [{claims}], \"related\": [{}]}}",
                quoted(&e.id), quoted(&e.date), e.seq, quoted(&e.title), quoted(&e.summary), e.status,
                list(&e.actors), list(&tags), e.source, quoted(&e.quote), list(&related)
            )
        })
        .collect();
    j.push_str(&rows.join(",\n"));
    j.push_str("\n]\n}\n");
    j
}
