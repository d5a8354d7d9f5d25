import JourneyModel
@testable import SiteRenderer
import Testing

@Suite("Tag pages")
struct TagTests {
    @Test func tagsThatDifferInCaseOrAccentsShareAPage() {
        #expect(Tag.slug("Café Noir") == "cafe-noir")
        #expect(Tag.slug("CAFE noir!") == "cafe-noir")
    }

    @Test func longTagsThatStartAlikeKeepAPageEach() {
        let start = String(repeating: "delivery ", count: 8)
        let first = Tag.slug(start + "in the morning"), second = Tag.slug(start + "in the evening")
        #expect(first != second)
        for slug in [first, second] {
            #expect(slug.utf8.count <= Slug.maximumSuggestedLength && Slug.isValid(slug), "\(slug)")
            #expect(slug.hasPrefix("delivery-delivery-"))
        }
        #expect(Tag.slug(start + "in the morning") == first, "the same tag, the same page")
    }
}
