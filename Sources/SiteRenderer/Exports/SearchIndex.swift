import Foundation
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

    struct Entry: Encodable {
        /// Kind: journey, stage, pain, opportunity, persona.
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

    static func entries(_ analysis: SiteAnalysis) -> [Entry] {
        var entries: [Entry] = []
        for item in analysis.journeys {
            let journey = item.journey
            let journeyURL = SitePaths.journey(journey.slug)
            entries.append(Entry(k: "journey", t: journey.title, u: journeyURL, c: journey.state.rawValue,
                                 x: text([journey.scenario ?? ""] + journey.expectations + journey.tags + [plain(journey.bodyHTML)])))
            for stage in journey.stages {
                let url = SitePaths.stage(stage.slug, of: journey.slug)
                entries.append(Entry(k: "stage", t: stage.name, u: url, c: journey.title,
                                     x: text(stage.actions + stage.thoughts + [stage.feeling ?? "", stage.quote ?? ""]
                                             + stage.touchpoints.map(\.name) + [plain(stage.bodyHTML)])))
                entries += stage.painPoints.map { Entry(k: "pain", t: $0.text, u: url, c: "\(journey.title) › \(stage.name)", x: text([$0.text])) }
                entries += stage.opportunities.map {
                    Entry(k: "opportunity", t: $0.text, u: url, c: "\(journey.title) › \(stage.name)", x: text([$0.text, $0.owner ?? ""]))
                }
            }
        }
        entries += analysis.content.personas.map { persona in
            Entry(k: "persona", t: persona.name, u: SitePaths.persona(persona.slug), c: persona.role ?? "",
                  x: text([persona.segment ?? "", persona.quote ?? ""] + persona.goals + persona.frustrations + [plain(persona.bodyHTML)]))
        }
        return entries
    }

    static func json(_ analysis: SiteAnalysis) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(entries(analysis))) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// The index as a script; `<` is escaped so no text can close the script element.
    static func script(json: String) -> String {
        "window.journeymapSearchIndex = " + json.replacingOccurrences(of: "<", with: "\\u003c") + ";\n"
    }

    /// Lowercase text of the parts, for matching.
    private static func text(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: " ").lowercased()
    }

    /// The text of an HTML fragment: tags dropped, the common entities decoded, spaces folded.
    static func plain(_ html: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(html.utf8.count)
        var inTag = false
        for byte in html.utf8 {
            if byte == UInt8(ascii: "<") { inTag = true; bytes.append(UInt8(ascii: " ")); continue }
            if byte == UInt8(ascii: ">") { inTag = false; continue }
            if !inTag { bytes.append(byte) }
        }
        var text = String(decoding: bytes, as: UTF8.self)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
