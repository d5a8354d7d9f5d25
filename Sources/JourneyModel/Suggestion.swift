/// "Did you mean …?" suggestions for misspelt keys, slugs and words.
public enum Suggestion {
    /// A hint naming the candidate nearest to `word`, when one is close enough to be a typo.
    public static func didYouMean(_ word: String, among candidates: [String]) -> String? {
        nearest(to: word, among: candidates).map { "did you mean '\($0)'?" }
    }

    /// The candidate with the smallest edit distance, if that distance is small for the word's length.
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        let word = word.lowercased()
        let limit = word.count <= 3 ? 1 : word.count <= 8 ? 2 : 3
        let scored = candidates.map { ($0, editDistance(word, $0.lowercased())) }
        guard let best = scored.filter({ $0.1 <= limit }).min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else {
            return candidates.sorted().first { $0.lowercased().hasPrefix(word) && word.count >= 3 }
        }
        return best.0
    }

    /// Levenshtein distance between two texts, by Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
