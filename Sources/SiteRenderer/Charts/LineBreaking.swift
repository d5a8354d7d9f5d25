/// Text broken into lines that fit a width, for labels that wrap rather than being cut.
enum LineBreaking {
    /// `text` in lines no wider than `width` in `style`. Words wrap; a word wider than a line is
    /// hyphenated after a hyphen it has, else between syllables (before a consonant and a vowel),
    /// else, with no such point, where the line is full. No letter is ever left out.
    /// A line is measured as it grows, word by word, not again from its start for every word.
    static func lines(_ text: String, width: Double, style: LabelStyle) -> [String] {
        var lines: [String] = [], current = "", currentEms = 0.0
        for word in text.split(separator: " ").map(String.init) {
            let joinedEms = LabelStyle.ems(of: word, after: current.isEmpty ? 0 : LabelStyle.ems(of: " ", after: currentEms))
            if style.width(ems: joinedEms) <= width {
                if !current.isEmpty { current += " " }
                current += word
                currentEms = joinedEms
                continue
            }
            if !current.isEmpty { lines.append(current) }
            var pieces = hyphenated(word, width: width, style: style)
            current = pieces.removeLast()
            currentEms = LabelStyle.ems(of: current)
            lines += pieces
        }
        return lines + (current.isEmpty && !lines.isEmpty ? [] : [current])
    }

    /// The word in pieces that fit, each but the last ending with a hyphen.
    private static func hyphenated(_ word: String, width: Double, style: LabelStyle) -> [String] {
        var pieces: [String] = [], rest = Array(word)
        while style.width(of: String(rest)) > width, rest.count > 1 {
            let fits = { (cut: Int) in style.width(of: piece(rest, cut)) <= width }
            let cut = breaks(rest).last(where: fits) ?? (1..<rest.count).last(where: fits) ?? 1
            pieces.append(piece(rest, cut))
            rest.removeFirst(cut)
        }
        return pieces + [String(rest)]
    }

    /// The first `cut` characters, with a hyphen unless they end with one.
    private static func piece(_ characters: [Character], _ cut: Int) -> String {
        String(characters[..<cut]) + (characters[cut - 1] == "-" ? "" : "-")
    }

    /// Where the word may break, in order: after its hyphens, and before a consonant followed by
    /// a vowel that leaves two letters before and three after, never inside ch, ph, th, sh, gn.
    private static func breaks(_ characters: [Character]) -> [Int] {
        let lower = characters.map { Character($0.lowercased()) }
        return (1..<characters.count).filter { index in
            if lower[index - 1] == "-" { return true }
            guard index >= 2, characters.count - index >= 3, lower[index - 1].isLetter, isConsonant(lower[index]),
                  isVowel(lower[index + 1]) else { return false }
            return !["ch", "ph", "th", "sh", "gn"].contains(String([lower[index - 1], lower[index]]))
        }
    }

    private static func isVowel(_ character: Character) -> Bool { "aeiouyàâäéèêëîïôöùûüÿæœ".contains(character) }
    private static func isConsonant(_ character: Character) -> Bool { character.isLetter && !isVowel(character) }
}
