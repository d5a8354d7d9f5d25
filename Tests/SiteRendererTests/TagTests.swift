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

@Suite("Slugs in every script")
struct SlugTests {
    @Test(arguments: [("Élodie Dupont", "elodie-dupont"), ("Мария Иванова", "maria-ivanova"), ("Σωκράτης", "sokrates"),
                      ("Straße & Łódź", "strasse-lodz"), ("王芳", "王芳"), ("山田 花子", "山田-花子"), ("محمد علي", "محمد-علي"),
                      ("हिन्दी", "हिन्दी"), ("Café « Noir » 2026", "cafe-noir-2026"), ("！？", "")])
    func namesInAnyScriptMakeSlugs(name: String, slug: String) {
        #expect(Slug.suggest(from: name) == slug)
        #expect(slug.isEmpty || Slug.isValid(slug))
    }

    @Test(arguments: ["Мария", "ÉLODIE", "a b", "../x", "-x", "x-", "王/芳", "x\u{200D}y", "\u{94D}x", "e\u{301}"])
    func whatASlugCannotBe(text: String) {
        #expect(!Slug.isValid(text))
    }

    @Test func aLongNameInAnotherScriptIsCutWithinAFileNamesBytes() {
        let slug = Slug.suggest(from: String(repeating: "蛋糕", count: 60))
        #expect(slug.utf8.count <= Slug.maximumSuggestedLength && Slug.isValid(slug))
    }

    @Test func linksPercentEncodeWhatIsNotASCII() {
        #expect(Slug.url(of: "personas/王芳.html") == "personas/%E7%8E%8B%E8%8A%B3.html")
        #expect(Slug.url(of: "journeys/cake-order/index.html") == "journeys/cake-order/index.html")
    }
}
