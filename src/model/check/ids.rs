//! Maps keyed by ids, hashed with foldhash: ids are short, and there can be a million.

/// A map from ids (or anything hashed like them) to what they name.
pub(crate) type IdMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
