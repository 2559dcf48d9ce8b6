//! Ordering for the short lists widgets and the app sort (a few hundred items at most).

/// Stable insertion sort. `slice::sort_by` brings several kilobytes of code into the
/// wasm for every element type it sorts; this brings a few hundred bytes.
pub fn sort_by_key<T, K: PartialOrd>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j]) < key(&items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_and_keeps_equal_keys_in_order() {
        let mut items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut floats = [2.5, -1.0, 0.0];
        sort_by_key(&mut floats, |&x| x);
        assert_eq!(floats, [-1.0, 0.0, 2.5]);
    }
}
