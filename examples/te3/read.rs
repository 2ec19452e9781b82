//! Reads a TimeML document: its publication date, its plain text and its gold expressions.

use std::path::Path;

use chrono::NaiveDate;

/// A gold expression: byte span in the plain text, type and value.
#[derive(Debug, Clone)]
pub(crate) struct Gold {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: String,
    pub(crate) value: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Doc {
    pub(crate) name: String,
    pub(crate) published: NaiveDate,
    pub(crate) text: String,
    pub(crate) gold: Vec<Gold>,
}

/// Every `.tml` file of `dir`, sorted by name.
pub(crate) fn read_dir(dir: &Path) -> Result<Vec<Doc>, String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let tml = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let name = p
                .file_stem()
                .map_or(String::new(), |s| s.to_string_lossy().into_owned());
            parse(&name, &tml).map_err(|e| format!("{}: {e}", p.display()))
        })
        .collect()
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    tag[at..].split('"').next()
}

/// Parses one TimeML document.
pub(crate) fn parse(name: &str, tml: &str) -> Result<Doc, String> {
    let dct = tml.find("<DCT>").ok_or("no DCT")?;
    let dct_tag = &tml[dct..dct + tml[dct..].find("</DCT>").ok_or("no </DCT>")?];
    let value = attribute(dct_tag, "value").ok_or("no DCT value")?;
    let published = value
        .get(..10)
        .unwrap_or(value)
        .parse()
        .map_err(|e| format!("DCT {value}: {e}"))?;
    let open = tml.find("<TEXT>").ok_or("no TEXT")? + "<TEXT>".len();
    let close = tml.find("</TEXT>").ok_or("no </TEXT>")?;
    let (text, gold) = strip(&tml[open..close])?;
    Ok(Doc {
        name: name.to_string(),
        published,
        text,
        gold,
    })
}

/// Removes the tags of `body`, recording where each TIMEX3's content lands.
fn strip(body: &str) -> Result<(String, Vec<Gold>), String> {
    let mut text = String::with_capacity(body.len());
    let mut gold = Vec::new();
    let mut open: Option<Gold> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        push_decoded(&mut text, &rest[..lt]);
        let gt = rest[lt..].find('>').ok_or("unclosed tag")? + lt;
        let tag = &rest[lt..=gt];
        if tag.starts_with("<TIMEX3") {
            let kind = attribute(tag, "type").unwrap_or("").to_string();
            let value = attribute(tag, "value").unwrap_or("").to_string();
            open = Some(Gold {
                start: text.len(),
                end: 0,
                kind,
                value,
            });
        } else if tag.starts_with("</TIMEX3") {
            let mut g = open.take().ok_or("</TIMEX3> without <TIMEX3>")?;
            g.end = text.len();
            gold.push(g);
        }
        rest = &rest[gt + 1..];
    }
    push_decoded(&mut text, rest);
    Ok((text, gold))
}

fn push_decoded(text: &mut String, raw: &str) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        text.push_str(&rest[..amp]);
        let entity = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&apos;", '\''),
        ]
        .into_iter()
        .find(|(e, _)| rest[amp..].starts_with(e));
        match entity {
            Some((e, c)) => {
                text.push(c);
                rest = &rest[amp + e.len()..];
            }
            None => {
                text.push('&');
                rest = &rest[amp + 1..];
            }
        }
    }
    text.push_str(rest);
}
