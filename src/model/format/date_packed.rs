//! A date point packed into two words, so that an event's dates stay small: the year and what
//! it gives below it in one, the time of day in the other.

use crate::model::format::edtf::{Point, Season, TimeOfDay, Within, Year, Zone};

/// Years a packed point holds: 40 bits, signed (about ±550 billion years).
pub(super) const YEAR_LIMIT: i64 = (1 << 39) - 1;

/// No time of day.
const NO_TIME: u64 = u64::MAX;

/// `date`: the year (for unspecified digits, the year with them as 0) in the top 40 bits; below
/// it how many digits are unspecified (2 bits), a sign for them (1), what is given below the
/// year (3), the month or season (5), the day (5), uncertain (1) and approximate (1).
/// `time`: seconds of the day (17 bits), nanoseconds (30), fraction digits (4), zone kind (2)
/// and offset in minutes plus 720 (11); all ones for none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Packed {
    date: u64,
    time: u64,
}

impl Packed {
    /// Packs `point`; `None` for an unknown year or one beyond [`YEAR_LIMIT`].
    pub(super) fn new(point: &Point) -> Option<Packed> {
        let (year, unspecified, negative) = match point.year {
            Year::Known(y) => (y, 0, false),
            Year::Digits {
                first,
                last,
                unspecified,
            } => {
                // The year with its unspecified digits as 0: 1990 for 199X, -100 for -01XX.
                if first < 0 || (first == 0 && last == 0) {
                    (last, unspecified, true)
                } else {
                    (first, unspecified, false)
                }
            }
            Year::Unknown => return None,
        };
        if year.abs() > YEAR_LIMIT {
            return None;
        }
        let (kind, month, day) = match point.within {
            Within::Year => (0, 0, 0),
            Within::UnknownMonth => (1, 0, 0),
            Within::Season(s) => (2, s as u64, 0),
            Within::Month(m) => (3, u64::from(m), 0),
            Within::UnknownDay(m) => (4, u64::from(m), 0),
            Within::Day(m, d) => (5, u64::from(m), u64::from(d)),
        };
        let low = (u64::from(unspecified) << 22)
            | (u64::from(negative) << 21)
            | (kind << 18)
            | (month << 13)
            | (day << 8)
            | (u64::from(point.uncertain) << 1)
            | u64::from(point.approximate);
        Some(Packed {
            date: ((year as u64) << 24) | low,
            time: point.time.map_or(NO_TIME, |t| pack_time(&t)),
        })
    }

    /// The point packed.
    pub(super) fn point(&self) -> Point {
        let bits = self.date;
        let year = (bits as i64) >> 24;
        let unspecified = ((bits >> 22) & 0b11) as u8;
        let negative = (bits >> 21) & 1 == 1;
        let month = ((bits >> 13) & 0b1_1111) as u8;
        let day = ((bits >> 8) & 0b1_1111) as u8;
        let year = match unspecified {
            0 => Year::Known(year),
            n => {
                let span = 10i64.pow(u32::from(n)) - 1;
                let (first, last) = if negative {
                    (year - span, year)
                } else {
                    (year, year + span)
                };
                Year::Digits {
                    first,
                    last,
                    unspecified: n,
                }
            }
        };
        let within = match (bits >> 18) & 0b111 {
            0 => Within::Year,
            1 => Within::UnknownMonth,
            2 => Within::Season(
                [Season::Spring, Season::Summer, Season::Autumn, Season::Winter][usize::from(month & 3)],
            ),
            3 => Within::Month(month),
            4 => Within::UnknownDay(month),
            _ => Within::Day(month, day),
        };
        Point {
            year,
            within,
            time: (self.time != NO_TIME).then(|| unpack_time(self.time)),
            uncertain: (bits >> 1) & 1 == 1,
            approximate: bits & 1 == 1,
        }
    }
}

fn pack_time(t: &TimeOfDay) -> u64 {
    let seconds = u64::from(t.hour) * 3600 + u64::from(t.minute) * 60 + u64::from(t.second);
    let (zone_kind, offset) = match t.zone {
        None => (0, 0),
        Some(Zone::Utc) => (1, 0),
        Some(Zone::Offset(minutes)) => (2, (i64::from(minutes) + 720) as u64),
    };
    (seconds << 47)
        | (u64::from(t.nanos) << 17)
        | (u64::from(t.fraction_digits) << 13)
        | (zone_kind << 11)
        | offset
}

fn unpack_time(bits: u64) -> TimeOfDay {
    let seconds = bits >> 47;
    let zone = match (bits >> 11) & 0b11 {
        0 => None,
        1 => Some(Zone::Utc),
        _ => Some(Zone::Offset(((bits & 0x7FF) as i64 - 720) as i16)),
    };
    TimeOfDay {
        hour: (seconds / 3600) as u8,
        minute: (seconds / 60 % 60) as u8,
        second: (seconds % 60) as u8,
        nanos: ((bits >> 17) & 0x3FFF_FFFF) as u32,
        fraction_digits: ((bits >> 13) & 0b1111) as u8,
        zone,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::format::edtf::{Edtf, End, parse};

    #[test]
    fn every_valid_conformance_form_packs_and_unpacks_to_itself() {
        for text in [
            "2022",
            "-0044-03-15",
            "0000",
            "193X",
            "19XX",
            "1XXX",
            "-01XX",
            "-0XXX",
            "2022-21",
            "2022-24~",
            "2022-XX",
            "2022-03-XX?",
            "2022-03-13%",
            "Y-170000002",
            "Y17000-08-16",
            "2016-05-02T24:00:00",
            "2016-05-02T16:54:59.042123Z",
            "2016-05-02T16:54:59-12",
            "2016-05-02T16:54:59+14:00",
            "2016-05-02T00:00:00.000000001-00:15",
        ] {
            let Ok(Edtf::Point(point)) = parse(text) else {
                panic!("{text} is a point");
            };
            assert_eq!(Packed::new(&point).unwrap().point(), point, "{text}");
        }
        let Ok(Edtf::Interval {
            end: End::Point(end), ..
        }) = parse("1984/2004-06~")
        else {
            panic!("an interval");
        };
        assert_eq!(Packed::new(&end).unwrap().point(), end);
        let Ok(Edtf::Point(huge)) = parse("Y-1000000000000") else {
            panic!("a point");
        };
        assert_eq!(Packed::new(&huge), None);
    }
}
