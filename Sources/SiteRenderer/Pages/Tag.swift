import JourneyAnalysis
import JourneyModel

/// A tag of the site's journeys, and the journeys it marks.
struct Tag {
    var slug: String
    /// The tag as first written.
    var name: String
    var journeys: [String]

    /// Every tag, sorted by slug; tags that differ only in case or accents are one tag.
    static func all(in analysis: SiteAnalysis) -> [Tag] {
        var tags: [String: Tag] = [:]
        for item in analysis.journeys {
            for name in item.journey.tags {
                let slug = slug(name)
                guard !slug.isEmpty else { continue }
                tags[slug, default: Tag(slug: slug, name: name, journeys: [])].journeys.append(item.journey.slug)
            }
        }
        return tags.values.sorted { $0.slug < $1.slug }
    }

    /// The tag's page name. A long tag is cut after a word and ends with a fingerprint of its
    /// whole text, so two long tags that start alike keep a page each.
    static func slug(_ name: String) -> String {
        let whole = Slug.fold(name)
        guard whole.utf8.count > Slug.maximumSuggestedLength else { return whole }
        let hex = String(ContentHash.of(whole.utf8) >> 32, radix: 16)
        let fingerprint = String(repeating: "0", count: 8 - hex.count) + hex
        return Slug.cut(whole, to: Slug.maximumSuggestedLength - fingerprint.count - 1) + "-" + fingerprint
    }
}

/// A tag's page: the journeys it marks.
struct TagPageValues: Encodable {
    /// The tag as first written.
    let tag: String
    let journeys: [JourneyCard]
}

extension PageContext {
    /// A tag's page: the journeys it marks.
    func tagValues(_ tag: Tag) -> TagPageValues {
        TagPageValues(tag: tag.name, journeys: tag.journeys.compactMap { analysis.journey($0) }.map(journeySummary))
    }
}
