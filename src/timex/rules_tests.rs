//! One worked example per rule: the text, what is found, its type and value.

use super::RULES;
use crate::timex::find_by_rule;

/// (rule, text published on Friday 22 March 2013, extent, type, value).
#[rustfmt::skip]
const EXAMPLES: &[(&str, &str, &str, &str, &str)] = &[
    ("iso date", "The filing is dated 2012-11-05 in the record.", "2012-11-05", "DATE", "2012-11-05"),
    ("numeric date", "It was signed on 3/14/2012 in Ohio.", "3/14/2012", "DATE", "2012-03-14"),
    ("month", "Talks began on March 13, 2011 in Rome.", "March 13, 2011", "DATE", "2011-03-13"),
    ("month", "Police arrested him in early August.", "early August", "DATE", "2012-08"),
    ("month", "The fund will close in June.", "June", "DATE", "2013-06"),
    ("month", "He was hired late last July.", "late last July", "DATE", "2012-07"),
    ("month", "Prices rose in Nov. 2010 and fell.", "Nov. 2010", "DATE", "2010-11"),
    ("month", "It ended on Feb. 28.", "Feb. 28", "DATE", "2013-02-28"),
    ("day month", "The vote was held on 5 February 2012.", "5 February 2012", "DATE", "2012-02-05"),
    ("year", "Sales broke records in 2010 when it launched.", "2010", "DATE", "2010"),
    ("year", "Leon was ill in early 2011 and recovered.", "early 2011", "DATE", "2011"),
    ("year after a dash", "The expedition of 1957-58 crossed the ice.", "58", "DATE", "1958"),
    ("decade", "Europe in the 1930s and 40s was at war.", "40s", "DATE", "194"),
    ("decade year", "Music of the 1960s lives on.", "1960s", "DATE", "196"),
    ("century", "One of the great feats of the 20th century was this.", "20th century", "DATE", "19"),
    ("ordinal day", "We got across on the 99th day.", "the 99th day", "DATE", "XXXX-XX-XX"),
    ("holiday", "Shops were busy on Christmas Eve.", "Christmas Eve", "DATE", "2012-12-24"),
    ("quarter", "Profits rose in the first quarter of 2012.", "the first quarter of 2012", "DATE", "2012-Q1"),
    ("weekday", "The minister resigned on Wednesday.", "Wednesday", "DATE", "2013-03-20"),
    ("weekday", "The council will vote on Monday.", "Monday", "DATE", "2013-03-25"),
    ("weekday", "He left on Friday afternoon, aides said.", "Friday afternoon", "TIME", "2013-03-22TAF"),
    ("weekday", "The storm hit the coast late Sunday.", "late Sunday", "DATE", "2013-03-17"),
    ("the weekend", "Twelve people died over the weekend.", "the weekend", "DATE", "2013-W11-WE"),
    ("relative day", "The company said yesterday it would cut jobs.", "yesterday", "DATE", "2013-03-21"),
    ("relative day", "The band plays tonight.", "tonight", "TIME", "2013-03-22TNI"),
    ("part of this day", "Fire broke out last night in the plant.", "last night", "TIME", "2013-03-21TNI"),
    ("reference", "Prices are currently rising.", "currently", "DATE", "PRESENT_REF"),
    ("at present", "At present there is no cure.", "At present", "DATE", "PRESENT_REF"),
    ("the past", "In the past, he has refused.", "the past", "DATE", "PAST_REF"),
    ("at the time", "The ship was in open water at the time.", "at the time", "DATE", "PAST_REF"),
    ("this unit", "Google launched the app this week.", "this week", "DATE", "2013-W12"),
    ("this unit", "Deaths were reported in the last week.", "the last week", "DATE", "2013-W11"),
    ("this unit", "He stepped down early this year.", "early this year", "DATE", "2013"),
    ("this unit", "Sales will rise over the next decade.", "the next decade", "DURATION", "P10Y"),
    ("end of unit", "The outbreak peaked by the end of the year.", "the end of the year", "DATE", "2012"),
    ("end of month", "The plant will close at the end of April.", "the end of April", "DATE", "2013-04"),
    ("end of year", "It was finished by the end of 2009.", "the end of 2009", "DATE", "2009"),
    ("day before", "He vanished in May 2010. The day before, he called.", "The day", "DATE", "2010-XX-XX"),
    ("day before", "Talks began on June 3, 2011, and ended the following day.", "the following day", "DATE", "2011-06-04"),
    ("ago", "The rules were blocked four years ago.", "four years ago", "DATE", "2009"),
    ("ago", "They met a few weeks ago.", "a few weeks ago", "DATE", "PAST_REF"),
    ("season", "He faked his death last summer.", "last summer", "DATE", "2012-SU"),
    ("season", "Construction begins in the spring of 2014.", "spring of 2014", "DATE", "2014-SP"),
    ("duration", "He held the post for almost seven years.", "almost seven years", "DURATION", "P7Y"),
    ("duration", "He faces five years' probation.", "five years'", "DURATION", "P5Y"),
    ("duration", "The search took several days.", "several days", "DURATION", "PXD"),
    ("span of the past", "Cases rose in the past several months.", "the past several months", "DURATION", "PXM"),
    ("compound duration", "The first three-month class starts soon.", "three-month", "DURATION", "P3M"),
    ("vague span", "The firms had blocked the rules for years.", "years", "DURATION", "PXY"),
    ("vague span", "He has been treated in recent weeks.", "recent weeks", "DURATION", "PXW"),
    ("clock duration", "She finished in 3:07:35 on Sunday.", "3:07:35", "DURATION", "PT3H7M35S"),
    ("every unit", "The war goes on every day.", "every day", "SET", "P1D"),
    ("every weekday", "The club meets every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2"),
    ("every part of day", "She checks for smog every morning.", "every morning", "SET", "XXXX-XX-XXTMO"),
    ("every month", "Rent is due every January.", "every January", "SET", "XXXX-01"),
    ("set adverb", "The paper is published weekly.", "weekly", "SET", "P1W"),
    ("times a unit", "Take the pill twice a day.", "twice a day", "SET", "P1D"),
    ("clock time", "The polls close at 8 p.m. tomorrow.", "8 p.m.", "TIME", "2013-03-22T20"),
    ("time after at", "The train left at 14:30 sharp.", "14:30", "TIME", "2013-03-22T14:30"),
    ("clock time", "He was held at 3:30 p.m. on Friday.", "3:30 p.m.", "TIME", "2013-03-22T15:30"),
    ("noon", "The deadline is noon.", "noon", "TIME", "2013-03-22T12:00"),
];

fn published() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2013, 3, 22).unwrap()
}

#[test]
fn every_rule_has_an_example() {
    for rule in RULES {
        assert!(
            EXAMPLES.iter().any(|e| e.0 == rule.name),
            "no example for rule {:?}",
            rule.name
        );
    }
}

#[test]
fn examples_find_what_they_say() {
    let mut wrong = Vec::new();
    for &(rule, text, extent, kind, value) in EXAMPLES {
        let found = find_by_rule(text, &crate::timex::sentences(text), published());
        let hit = found.iter().find(|(t, _)| &text[t.start..t.end] == extent);
        let got = hit.map(|(t, by)| (t.kind.as_str(), t.value.as_str(), *by));
        if got != Some((kind, value, rule)) {
            let all: Vec<_> = found
                .iter()
                .map(|(t, by)| (&text[t.start..t.end], &t.value, by))
                .collect();
            wrong.push(format!(
                "{text:?}: want {extent:?} {kind} {value} by {rule}, found {all:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
