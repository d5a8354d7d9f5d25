import Foundation

/// Slugs name pages and folders, so only a safe alphabet is allowed.
public enum Slug {
    /// Whether `text` is a valid slug: lowercase ASCII letters, digits and inner `-`.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last,
              first != UInt8(ascii: "-"), last != UInt8(ascii: "-") else { return false }
        return text.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
        }
    }

    /// The longest slug `suggest` makes, so that the files named after it stay well within the
    /// 255 bytes file systems allow for a name.
    public static let maximumSuggestedLength = 64

    /// A valid slug made from any text, for suggestions in messages and for the files and pages
    /// named after titles and tags: `Café Noir` → `cafe-noir`. A long text is cut at a word.
    public static func suggest(from text: String) -> String {
        cut(fold(text), to: maximumSuggestedLength)
    }

    /// The whole slug of a text, however long: accents and case folded, runs of other
    /// characters turned into one dash.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// A slug (ASCII, as `fold` makes it) of at most `length` characters, cut after a word when
    /// it is longer.
    public static func cut(_ slug: String, to length: Int) -> String {
        guard slug.utf8.count > length else { return slug }
        let cut = slug.prefix(length)
        return String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
    }
}
