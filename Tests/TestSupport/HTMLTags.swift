/// The start tags of an HTML or SVG document, read the way a browser tokenizes them, so a test
/// can see what a page really holds: a quote that escaped its attribute shows up as another
/// attribute, a `<script>` in a value as another tag.
public struct HTMLTag: Sendable, CustomStringConvertible {
    /// The tag's name, lowercased.
    public var name: String
    /// Each attribute's lowercased name and its value, character references decoded.
    public var attributes: [(name: String, value: String)]

    public var description: String {
        "<\(name)" + attributes.map { " \($0.name)=\"\($0.value)\"" }.joined() + ">"
    }

    /// The value of an attribute, or nil.
    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// Every start tag of `html`. Comments, doctypes and end tags are skipped, and so is the
    /// text of `script` and `style` elements.
    public static func scan(_ html: String) -> [HTMLTag] {
        var scanner = Scanner(characters: Array(html.unicodeScalars))
        return scanner.tags()
    }

    /// A URL as a browser reads it: without the ASCII spaces and controls it ignores, lowercased.
    public static func normalizedURL(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 })).lowercased()
    }

    private struct Scanner {
        let characters: [Unicode.Scalar]
        var index = 0

        mutating func tags() -> [HTMLTag] {
            var tags: [HTMLTag] = []
            while let open = next("<") {
                index = open + 1
                if starts(with: "!--") {
                    index = find("-->").map { $0 + 3 } ?? characters.count
                } else if starts(with: "!") || starts(with: "/") || starts(with: "?") {
                    index = next(">").map { $0 + 1 } ?? characters.count
                } else if index < characters.count, characters[index].properties.isAlphabetic {
                    let tag = readTag()
                    tags.append(tag)
                    if tag.name == "script" || tag.name == "style" {
                        index = find("</\(tag.name)") ?? characters.count
                    }
                }
            }
            return tags
        }

        private mutating func readTag() -> HTMLTag {
            let name = read { !Self.isSpace($0) && $0 != "/" && $0 != ">" }.lowercased()
            var attributes: [(name: String, value: String)] = []
            while index < characters.count {
                _ = read { Self.isSpace($0) || $0 == "/" }
                guard index < characters.count, characters[index] != ">" else { break }
                let first = characters[index]
                index += 1
                let attribute = String(first) + read { !Self.isSpace($0) && $0 != "/" && $0 != ">" && $0 != "=" }
                _ = read(while: Self.isSpace)
                var value = ""
                if index < characters.count, characters[index] == "=" {
                    index += 1
                    _ = read(while: Self.isSpace)
                    if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                        let quote = characters[index]
                        index += 1
                        value = read { $0 != quote }
                        index += 1
                    } else {
                        value = read { !Self.isSpace($0) && $0 != ">" }
                    }
                }
                attributes.append((attribute.lowercased(), Self.decode(value)))
            }
            index += 1
            return HTMLTag(name: name, attributes: attributes)
        }

        private static func isSpace(_ character: Unicode.Scalar) -> Bool {
            character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\u{0C}"
        }

        private mutating func read(while accepts: (Unicode.Scalar) -> Bool) -> String {
            var text = String.UnicodeScalarView()
            while index < characters.count, accepts(characters[index]) {
                text.append(characters[index])
                index += 1
            }
            return String(text)
        }

        private func next(_ character: Unicode.Scalar) -> Int? {
            characters[index...].firstIndex(of: character)
        }

        private func starts(with text: String) -> Bool {
            let wanted = Array(text.unicodeScalars)
            return characters[index...].prefix(wanted.count).map { String($0).lowercased() } == wanted.map { String($0).lowercased() }
        }

        /// Where `text` next starts (ignoring case), or nil.
        private mutating func find(_ text: String) -> Int? {
            let saved = index
            defer { index = saved }
            while let candidate = next(text.unicodeScalars.first!) {
                index = candidate
                if starts(with: text) { return candidate }
                index = candidate + 1
            }
            return nil
        }

        /// `&quot;`, `&#39;`, `&#x27;`, `&amp;`, `&lt;`, `&gt;` and the other numeric references.
        static func decode(_ value: String) -> String {
            var result = ""
            var rest = Substring(value)
            while let ampersand = rest.firstIndex(of: "&") {
                result += rest[..<ampersand]
                rest = rest[ampersand...]
                guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) <= 10 else {
                    result.append("&")
                    rest = rest.dropFirst()
                    continue
                }
                let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
                let named = ["quot": "\"", "apos": "'", "amp": "&", "lt": "<", "gt": ">", "colon": ":", "tab": "\t", "newline": "\n"]
                if let character = named[String(entity)] {
                    result += character
                } else if entity.hasPrefix("#"), let code = entity.hasPrefix("#x") || entity.hasPrefix("#X")
                            ? UInt32(entity.dropFirst(2), radix: 16) : UInt32(entity.dropFirst()),
                          let scalar = Unicode.Scalar(code) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += rest[...semicolon]
                }
                rest = rest[rest.index(after: semicolon)...]
            }
            return result + rest
        }
    }
}
