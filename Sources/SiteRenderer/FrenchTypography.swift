/// French typography over the text of a rendered French page, the interface's and the
/// content's alike: a no-break space before `:` and a narrow one before `;` `!` `?` (a plain
/// space there becomes one, a missing one is added), and « » with narrow no-break spaces for
/// “ ” quotes.
///
/// Only text is changed: never a tag or its attributes, nor what `script`, `style`, `code`,
/// `pre`, `kbd`, `samp` and `textarea` hold, nor an element in another language (`lang="en"`).
/// A colon between digits (`10:30`) or before a slash (`https://`) and a `;` that ends an
/// entity (`&amp;`) are left alone.
enum FrenchTypography {
    private static let noBreakSpace: [UInt8] = [0xC2, 0xA0], narrowNoBreakSpace: [UInt8] = [0xE2, 0x80, 0xAF]
    private static let leftQuote: [UInt8] = [0xE2, 0x80, 0x9C], rightQuote: [UInt8] = [0xE2, 0x80, 0x9D]
    private static let leftGuillemet: [UInt8] = [0xC2, 0xAB], rightGuillemet: [UInt8] = [0xC2, 0xBB]
    private static let verbatim: Set<String> = ["script", "style", "code", "pre", "kbd", "samp", "textarea"]
    private static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    private static let frenchRoot = Array("<html lang=\"fr".utf8)

    /// Whether the page says it is French (`<html lang="fr"`, within its first 512 bytes).
    static func isFrench(_ html: [UInt8]) -> Bool {
        let head = html.prefix(512)
        return head.indices.contains { index in head[index...].starts(with: frenchRoot) }
    }

    /// The page with French typography in its text.
    static func apply(_ html: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(html.count + html.count / 50)
        var open: [OpenElement] = []
        var index = 0
        while index < html.count {
            let byte = html[index]
            if byte == UInt8(ascii: "<") {
                let end = html[index...].firstIndex(of: UInt8(ascii: ">")) ?? html.count - 1
                track(Array(html[index...end]), in: &open)
                output += html[index...end]
                index = end + 1
                continue
            }
            if let element = open.last, element.isVerbatim || element.isForeign {
                output.append(byte)
                index += 1
                continue
            }
            index = typeset(html, at: index, into: &output)
        }
        return output
    }

    /// Plain text (not HTML: no tags, no entities) with French typography, for text that is
    /// measured before it is written, as the poster's.
    static func text(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = [], index = 0
        output.reserveCapacity(bytes.count + 8)
        while index < bytes.count { index = typeset(bytes, at: index, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes the text byte at `index` (or the sequence that starts there) as French typography
    /// wants it; returns where the next one starts.
    private static func typeset(_ html: [UInt8], at index: Int, into output: inout [UInt8]) -> Int {
        let byte = html[index]
        if html[index...].starts(with: leftQuote) {
            output += leftGuillemet + narrowNoBreakSpace
            return index + leftQuote.count + (html[(index + leftQuote.count)...].first == UInt8(ascii: " ") ? 1 : 0)
        }
        if html[index...].starts(with: rightQuote) {
            if output.last == UInt8(ascii: " ") { output.removeLast() }
            output += narrowNoBreakSpace + rightGuillemet
            return index + rightQuote.count
        }
        if html[index...].starts(with: leftGuillemet), html[(index + 2)...].first == UInt8(ascii: " ") {
            output += leftGuillemet + narrowNoBreakSpace
            return index + 3
        }
        if html[index...].starts(with: rightGuillemet), output.last == UInt8(ascii: " ") {
            output.removeLast()
            output += narrowNoBreakSpace + rightGuillemet
            return index + 2
        }
        guard [UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(byte),
              needsSpace(html, before: index, written: output) else {
            output.append(byte)
            return index + 1
        }
        if output.last == UInt8(ascii: " ") { output.removeLast() }
        output += byte == UInt8(ascii: ":") ? noBreakSpace : narrowNoBreakSpace
        output.append(byte)
        return index + 1
    }

    /// Whether the punctuation at `index` ends a word or follows a plain space, and is not part
    /// of a time, an address or an entity.
    private static func needsSpace(_ html: [UInt8], before index: Int, written output: [UInt8]) -> Bool {
        let next = index + 1 < html.count ? html[index + 1] : UInt8(ascii: " ")
        let endsHere = next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "<")
            || next == 0xC2 || next == 0xE2 || (html[index] != UInt8(ascii: ":") && [UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")")].contains(next))
        guard endsHere, let previous = output.last else { return false }
        if previous == UInt8(ascii: " ") { return true }
        if output.suffix(2).elementsEqual(noBreakSpace) || output.suffix(3).elementsEqual(narrowNoBreakSpace) { return false }
        if html[index] == UInt8(ascii: ";"), endsEntity(output) { return false }
        let isWordEnd = previous >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(previous | 0x20)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(previous) || [UInt8(ascii: ")"), UInt8(ascii: "%")].contains(previous)
        return isWordEnd
    }

    /// Whether the text written so far ends with an entity's start, `&amp` or `&#39`.
    private static func endsEntity(_ output: [UInt8]) -> Bool {
        let name = output.reversed().prefix { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "#")
        }
        return name.count < output.count && output[output.count - name.count - 1] == UInt8(ascii: "&")
    }

    /// An element whose end has not come yet.
    private struct OpenElement {
        var name: String
        /// Code and the like, or inside such an element.
        var isVerbatim: Bool
        /// In another language than French: its own `lang`, or its nearest parent's.
        var isForeign: Bool
    }

    /// Follows a tag: an opening one is pushed, a closing one pops to its element.
    private static func track(_ tag: [UInt8], in open: inout [OpenElement]) {
        let text = String(decoding: tag, as: UTF8.self)
        guard text.count > 2, !text.hasPrefix("<!"), !text.hasPrefix("<?") else { return }
        let isClosing = text.hasPrefix("</")
        let name = String(text.dropFirst(isClosing ? 2 : 1).prefix { $0.isLetter || $0.isNumber || $0 == "-" }).lowercased()
        if isClosing {
            if let position = open.lastIndex(where: { $0.name == name }) { open.removeSubrange(position...) }
            return
        }
        guard !text.hasSuffix("/>"), !void.contains(name) else { return }
        let language = text.range(of: " lang=\"").map { text[$0.upperBound...].prefix { $0 != "\"" } }
            ?? text.range(of: " xml:lang=\"").map { text[$0.upperBound...].prefix { $0 != "\"" } }
        open.append(OpenElement(name: name, isVerbatim: (open.last?.isVerbatim ?? false) || verbatim.contains(name),
                                isForeign: language.map { !$0.hasPrefix("fr") } ?? open.last?.isForeign ?? false))
    }
}
