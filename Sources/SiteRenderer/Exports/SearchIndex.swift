import JourneyAnalysis
import JourneyModel

/// The client-side search index: journeys, stages and their notes, pain points, opportunities
/// and personas, with their page addresses relative to the site root.
///
/// Written twice: `search-index.json` for other tools, and `search-index.js`, which sets a
/// global, because a page opened from disk may load a script but may not fetch a JSON file.
enum SearchIndex {
    static let jsonPath = "search-index.json"
    static let scriptPath = "search-index.js"
    static let paths: Set = [jsonPath, scriptPath]

    struct Entry {
        /// Kind: journey, stage, pain, opportunity, feedback, persona.
        var k: String
        /// Title shown in the results.
        var t: String
        /// Address relative to the site root.
        var u: String
        /// Context: the journey the entry belongs to.
        var c: String
        /// Text searched, lowercase words of the entry's content.
        var x: String
    }

    /// A journey's entries: the journey, its stages, their pain points, opportunities and feedback items.
    static func entries(of item: JourneyAnalysis) -> [Entry] {
        let journey = item.journey
        var entries = [Entry(k: "journey", t: journey.title, u: Slug.url(of: SitePaths.journey(journey.slug)), c: journey.state.rawValue,
                             x: text([journey.scenario ?? ""] + journey.expectations + journey.tags + [plain(journey.bodyHTML)]))]
        for stage in journey.stages {
            let url = Slug.url(of: SitePaths.stage(stage.slug, of: journey.slug))
            entries.append(Entry(k: "stage", t: stage.name, u: url, c: journey.title,
                                 x: text(stage.actions + stage.thoughts + [stage.feeling ?? "", stage.quote ?? ""]
                                         + stage.touchpoints.map(\.name) + [plain(stage.bodyHTML)])))
            entries += stage.painPoints.map { Entry(k: "pain", t: $0.text, u: url, c: "\(journey.title) › \(stage.name)", x: text([$0.text])) }
            entries += stage.opportunities.map {
                Entry(k: "opportunity", t: $0.text, u: url, c: "\(journey.title) › \(stage.name)", x: text([$0.text, $0.owner ?? ""]))
            }
        }
        for (stage, feedback) in zip(journey.stages, item.feedback) {
            let url = Slug.url(of: SitePaths.stage(stage.slug, of: journey.slug))
            entries += feedback.items.map {
                Entry(k: "feedback", t: $0.text, u: url, c: "\(journey.title) › \(stage.name) · \($0.channel)", x: text([$0.text, $0.channel]))
            }
        }
        return entries
    }

    static func entries(of persona: Persona) -> Entry {
        Entry(k: "persona", t: persona.name, u: Slug.url(of: SitePaths.persona(persona.slug)), c: persona.role ?? "",
              x: text([persona.segment ?? "", persona.quote ?? ""] + persona.goals + persona.frustrations + [plain(persona.bodyHTML)]))
    }

    /// The entries as a JSON array of objects, keys sorted: journeys in order, then personas.
    /// Each journey's part is made on its own core.
    static func json(_ analysis: SiteAnalysis) -> [UInt8] {
        let parts = analysis.journeys.concurrentMap { objects(entries(of: $0)) } + [objects(analysis.content.personas.map(entries(of:)))]
        var bytes = [UInt8(ascii: "[")]
        bytes.reserveCapacity(parts.reduce(2) { $0 + $1.count + 1 })
        for part in parts where !part.isEmpty {
            if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
            bytes += part
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }

    /// Entries as JSON objects separated by commas.
    private static func objects(_ entries: [Entry]) -> [UInt8] {
        var bytes: [UInt8] = []
        for entry in entries {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: ",")) }
            JSONText.appendObject(["c": entry.c, "k": entry.k, "t": entry.t, "u": entry.u, "x": entry.x], to: &bytes)
        }
        return bytes
    }

    /// The index as a script: `<` is escaped so no text can close the script element, and the
    /// line separators U+2028 and U+2029, which JSON allows in strings but older JavaScript
    /// engines do not.
    static func script(json: [UInt8]) -> [UInt8] {
        var bytes = Array("window.journeymapSearchIndex = ".utf8)
        bytes.reserveCapacity(json.count + 64)
        var index = 0
        while index < json.count {
            let byte = json[index]
            if byte == UInt8(ascii: "<") {
                bytes.append(contentsOf: "\\u003c".utf8)
            } else if byte == 0xE2, index + 2 < json.count, json[index + 1] == 0x80, json[index + 2] == 0xA8 || json[index + 2] == 0xA9 {
                // U+2028 and U+2029 in UTF-8.
                bytes.append(contentsOf: (json[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        bytes.append(contentsOf: ";\n".utf8)
        return bytes
    }

    /// Lowercase text of the parts, for matching.
    private static func text(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: " ").lowercased()
    }

    /// The text of an HTML fragment: tags dropped, the entities cmark writes decoded, runs of
    /// ASCII white space folded into one space.
    static func plain(_ html: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(html.utf8.count)
        var inTag = false, pendingSpace = false
        var html = html
        html.withUTF8 { source in
            var index = 0
            while index < source.count {
                var byte = source[index]
                index += 1
                if inTag {
                    inTag = byte != UInt8(ascii: ">")
                    continue
                }
                if byte == UInt8(ascii: "<") { inTag = true; pendingSpace = true; continue }
                if byte == UInt8(ascii: "&"), let (decoded, length) = entity(in: source, at: index) {
                    byte = decoded
                    index += length
                } else if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = true
                    continue
                }
                if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let entities: [(name: [UInt8], character: UInt8)] = [
        (Array("lt;".utf8), UInt8(ascii: "<")), (Array("gt;".utf8), UInt8(ascii: ">")),
        (Array("quot;".utf8), UInt8(ascii: "\"")), (Array("#39;".utf8), UInt8(ascii: "'")),
        (Array("amp;".utf8), UInt8(ascii: "&")),
    ]

    /// The character of the entity whose name starts at `index` (just after its `&`), and the
    /// name's length.
    private static func entity(in source: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt8, Int)? {
        for entity in entities where index + entity.name.count <= source.count {
            if entity.name.indices.allSatisfy({ source[index + $0] == entity.name[$0] }) {
                return (entity.character, entity.name.count)
            }
        }
        return nil
    }
}
