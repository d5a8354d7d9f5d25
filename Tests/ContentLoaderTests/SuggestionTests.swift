@testable import ContentLoader
import JourneyModel
import Testing

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test func editDistance() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("same", "same") == 0)
    }

    @Test func suggestsTheNearestKey() {
        #expect(Suggestion.didYouMean("emotoin", among: StageLoader.keys) == "did you mean 'emotion'?")
        #expect(Suggestion.didYouMean("painpoints", among: StageLoader.keys) == "did you mean 'pain_points'?")
        #expect(Suggestion.didYouMean("claire-martn", among: ["claire-martin", "paul-durand"]) == "did you mean 'claire-martin'?")
    }

    @Test func suggestsNothingForUnrelatedWords() {
        #expect(Suggestion.didYouMean("banana", among: StageLoader.keys) == nil)
    }
}
