import Foundation

/// Slugs name pages and folders, so only a safe alphabet is allowed: lowercase ASCII letters,
/// digits and inner dashes, and the letters and digits of scripts that have no customary Latin
/// transliteration (Chinese, Japanese, Arabic, Hebrew, Devanagari…), which stay as they are in
/// file names and are percent-encoded in links (see `url(of:)`). Latin, Greek and Cyrillic
/// letters are transliterated: `Élodie` → `elodie`, `Мария` → `maria`, `Σωκράτης` → `sokrates`.
public enum Slug {
    /// Whether `text` is a valid slug.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first != "-", last != "-", !isMark(first), text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || isKeptAsWritten(scalar)
        }
    }

    /// A letter, digit or mark of a script that slugs keep as written: not ASCII, not Latin,
    /// Greek or Cyrillic (transliterated instead), and lowercase where the script has case.
    private static func isKeptAsWritten(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        guard !scalar.isASCII, !isTransliterated(scalar), !properties.changesWhenLowercased else { return false }
        return properties.isAlphabetic || isMark(scalar) || properties.numericType == .decimal
    }

    /// A combining mark (a vowel sign of Devanagari, say), which cannot start a slug.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
    }

    /// Latin (beyond ASCII), Greek and Cyrillic letters, which slugs write in ASCII.
    private static func isTransliterated(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00C0...0x024F, 0x0300...0x036F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFF21...0xFF5A,  // Latin
             0x0370...0x03FF, 0x1F00...0x1FFF,  // Greek
             0x0400...0x052F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F:  // Cyrillic
            true
        default:
            false
        }
    }

    /// The way `path` (made of slugs) is written in a link: percent-encoded where it is not ASCII.
    public static func url(of path: String) -> String {
        guard !path.utf8.allSatisfy({ $0 < 0x80 }) else { return path }
        return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
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
        let folded = transliterated(text).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            .precomposedStringWithCanonicalMapping
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || isKeptAsWritten(scalar) && !(slug.isEmpty && isMark(scalar)) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// Greek and Cyrillic written in Latin letters, and Latin letters in ASCII ones (`ß` → `ss`,
    /// `Ł` → `L`); other scripts are left as they are.
    private static func transliterated(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        return text.applyingTransform(StringTransform("[[:Greek:][:Cyrillic:]] Any-Latin; Latin-ASCII"), reverse: false)?
            .applyingTransform(StringTransform("Latin-ASCII"), reverse: false) ?? text
    }

    /// A slug (as `fold` makes it) of at most `length` characters, cut after a word when
    /// it is longer.
    /// (The length counts UTF-8 bytes, which file names are limited in.)
    public static func cut(_ slug: String, to length: Int) -> String {
        guard slug.utf8.count > length else { return slug }
        var bytes = 0
        let cut = slug.prefix { character in
            bytes += character.utf8.count
            return bytes <= length
        }
        return String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
    }
}
