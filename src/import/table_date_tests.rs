//! Tests of reading the dates tables hold.

use super::*;

fn month_first(cell: &str) -> String {
    table_date(cell, Order::MonthFirst).unwrap()
}

#[test]
fn iso_dates_and_the_format_s_own_are_kept() {
    assert_eq!(month_first("2022-03-13"), "2022-03-13");
    assert_eq!(month_first(" 2022-03 "), "2022-03");
    assert_eq!(month_first("2022"), "2022");
    assert_eq!(month_first("2022-03-13~"), "2022-03-13~");
    assert_eq!(month_first("2022-02-04/2022-02-20"), "2022-02-04/2022-02-20");
    assert_eq!(month_first("2022-03-13 14:30"), "2022-03-13T14:30:00");
    assert_eq!(month_first("2022-03-13T9:30:15Z"), "2022-03-13T09:30:15");
}

#[test]
fn slashed_dates_read_month_first_unless_told() {
    assert_eq!(month_first("3/13/22"), "2022-03-13");
    assert_eq!(month_first("03/13/2022"), "2022-03-13");
    assert_eq!(month_first("4/5/1999"), "1999-04-05");
    assert_eq!(month_first("3/2022"), "2022-03");
    assert_eq!(month_first("12-31-1999"), "1999-12-31");
    assert_eq!(table_date("13/3/22", Order::DayFirst).unwrap(), "2022-03-13");
    assert_eq!(table_date("4/5/1999", Order::DayFirst).unwrap(), "1999-05-04");
    assert_eq!(table_date("13.03.2022", Order::DayFirst).unwrap(), "2022-03-13");
}

#[test]
fn two_digit_years_pivot_at_1970() {
    assert_eq!(month_first("1/1/69"), "2069-01-01");
    assert_eq!(month_first("1/1/70"), "1970-01-01");
    assert_eq!(month_first("1/1/00"), "2000-01-01");
}

#[test]
fn written_dates_in_either_order() {
    assert_eq!(month_first("March 13, 2022"), "2022-03-13");
    assert_eq!(month_first("Sunday, March 13, 2022"), "2022-03-13");
    assert_eq!(month_first("Mar. 13 2022"), "2022-03-13");
    assert_eq!(month_first("13 March 2022"), "2022-03-13");
    assert_eq!(month_first("13th Sept 2022"), "2022-09-13");
    assert_eq!(month_first("March 2022"), "2022-03");
    assert_eq!(month_first("march, 2022"), "2022-03");
}

#[test]
fn a_date_that_fits_only_the_other_order_says_so() {
    assert_eq!(
        table_date("13/3/22", Order::MonthFirst),
        Err(DateProblem {
            message: "`13/3/22` is not a date read month first (month 13, day 3)".to_owned(),
            hint: "it reads as a date written day first: if the column is written so, use --day-first"
                .to_owned(),
        })
    );
    let day_first = table_date("3/13/22", Order::DayFirst).unwrap_err();
    assert_eq!(
        day_first.hint,
        "it reads as a date written month first: if the column is written so, leave out --day-first"
    );
    assert_eq!(
        table_date("2/30/2022", Order::MonthFirst).unwrap_err().hint,
        "check the day and the month"
    );
}

#[test]
fn what_is_no_date_is_refused() {
    for cell in [
        "",
        "soon",
        "March 32, 2022",
        "13/13/13",
        "1/2/345",
        "Marchember 3, 2022",
        "3/13",
        "12345/1/1",
        "2022-13-01",
    ] {
        let problem = table_date(cell, Order::MonthFirst).unwrap_err();
        assert!(
            problem
                .message
                .starts_with(&format!("`{}` is not a date", cell.trim())),
            "{cell}: {problem:?}"
        );
    }
}

#[test]
fn every_month_name_and_abbreviation_is_known_and_each_weekday_once() {
    let names = [
        ("january", 1),
        ("jan", 1),
        ("february", 2),
        ("feb", 2),
        ("march", 3),
        ("mar", 3),
        ("april", 4),
        ("apr", 4),
        ("may", 5),
        ("june", 6),
        ("jun", 6),
        ("july", 7),
        ("jul", 7),
        ("august", 8),
        ("aug", 8),
        ("september", 9),
        ("sept", 9),
        ("sep", 9),
        ("october", 10),
        ("oct", 10),
        ("november", 11),
        ("nov", 11),
        ("december", 12),
        ("dec", 12),
    ];
    for (name, number) in names {
        assert_eq!(crate::timex::month_number(name), Some(number), "{name}");
    }
    assert_eq!(crate::timex::month_number("marchember"), None);
    for (i, name) in WEEKDAYS.iter().enumerate() {
        assert!(!WEEKDAYS[..i].contains(name), "{name}");
    }
}
