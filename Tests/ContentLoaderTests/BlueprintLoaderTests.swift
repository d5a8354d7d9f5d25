import ContentLoader
import JourneyModel
import Testing
import TestSupport

@Suite("Service blueprints")
struct BlueprintLoaderTests {
    private func loadBlueprint(header: String, purchase: String) -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("journeys/bread/journey.md", ContentSamples.journey(personas: ["ann"], extra: header))
        folder.write("journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", extra: purchase))
        return load(folder)
    }

    private let purchase = """
        actions: [Pays at the till]
        touchpoints: [Till]
        props: [Receipt]
        frontstage: [{ text: Cashier takes the card, owner: Shop, serves: pays at the till }]
        backstage: [Bakes at dawn]
        support: [{ text: Card terminal rented, serves: Till }]
        systems: [POS]

        """

    @Test func aStageFillsTheBlueprintsLanesAndSaysWhatEachItemServes() throws {
        let result = loadBlueprint(header: "blueprint: true\n", purchase: purchase)
        #expect(!result.diagnostics.hasErrors && !result.diagnostics.contains { $0.severity == .warning }, "\(result.lines)")
        let journey = try #require(result.content.journeys.first)
        #expect(journey.blueprint)
        let stage = journey.stages[1]
        #expect(stage.blueprint[.frontstage] == [BlueprintItem(text: "Cashier takes the card", owner: "Shop", serves: "Pays at the till")])
        #expect(stage.blueprint[.support]?.first?.serves == "Till")
        #expect(stage.blueprint[.props] == [BlueprintItem(text: "Receipt")] && stage.blueprint[.systems] == [BlueprintItem(text: "POS")])
        #expect(BlueprintLane.frontstage.lineAbove == .interaction && BlueprintLane.backstage.lineAbove == .visibility
                && BlueprintLane.support.lineAbove == .internalInteraction && BlueprintLane.systems.lineAbove == nil)
    }

    @Test func servesNamesAnActionOrTouchpointOfTheStage() throws {
        let result = loadBlueprint(header: "blueprint: true\n", purchase: "actions: [Pays at the till]\nbackstage: [{ text: Bakes, serves: Pays at the til }]\n")
        let error = try #require(result.diagnostic(containing: "'serves' names 'Pays at the til', which is none of this stage's actions or touchpoints"))
        #expect(error.severity == .error && error.location.line == 5 && error.hint == "did you mean 'Pays at the till'?")
    }

    @Test func blueprintLanesInAJourneyThatIsNotOneAreAWarning() throws {
        let result = loadBlueprint(header: "", purchase: purchase)
        let warning = try #require(result.diagnostic(containing: "the note fills lanes of a service blueprint, which this journey does not show"))
        #expect(warning.severity == .warning && warning.hint?.contains("'blueprint: true'") == true)
    }
}
