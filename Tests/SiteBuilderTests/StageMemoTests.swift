import ContentLoader
import Foundation
import JourneyModel
@testable import SiteBuilder
import SiteWriter
import Testing
import TestSupport

/// The memo of loaded stage notes gives back exactly what was loaded, and nothing when damaged.
@Suite("Stage memo")
struct StageMemoTests {
    private let folder = TemporaryFolder("journeymap-memo")

    /// Every stage of the example site, as the loader made them.
    private func exampleStages() -> [String: LoadedStage] {
        ContentLoader(root: repositoryRoot.appendingPathComponent("Content"), displayRoot: "Content").load().stages
    }

    /// A stage with every property set, with a warning, to show that nothing is lost on the way.
    private var fullStage: LoadedStage {
        let stage = Stage(
            number: 7, slug: "checkout", name: "Checkout « ünïcode »", emotion: -1.25, emotions: ["ann": 2, "bob": -0.1],
            feeling: "Anxious", quote: "Where is my order?", actions: ["Pays", ""], thoughts: ["Is it safe?"],
            touchpoints: [Touchpoint(name: "Website", channel: "web", emotion: 1), Touchpoint(name: "Shop")],
            steps: [Step(name: "Pay", score: 0.5, actors: ["ann"]), Step(name: "Wait")],
            painPoints: [PainPoint(text: "Slow", severity: .high)],
            opportunities: [Opportunity(text: "Faster", impact: .high, effort: .low, owner: "Web", status: .inProgress),
                            Opportunity(text: "Later")],
            metrics: Metrics(visitors: 1200, csat: 4.1, nps: -12, ces: 3), evidence: .assumption, owner: "CX",
            bodyHTML: "<p>Notes</p>\n", source: "Content/journeys/x/07-checkout.md")
        let warning = Diagnostic.warning(at: SourceLocation(file: "Content/journeys/x/07-checkout.md", line: 3, column: 5),
                                         "unknown key 'moood'", hint: "did you mean 'mood'?")
        return LoadedStage(stage: stage, diagnostics: [warning], contentHash: .max)
    }

    @Test func whatIsSavedIsWhatIsLoaded() throws {
        var stages = exampleStages()
        #expect(stages.count > 20)
        stages["journeys/x/07-checkout.md"] = fullStage
        let output = OutputFolder(path: folder.path)
        try StageMemo(context: "c1", stages: stages).save(to: output)
        let memo = try #require(StageMemo.load(from: output))
        #expect(memo.context == "c1")
        #expect(memo.stages == stages)
    }

    /// The memo writes each property of these types; one added to them must be added there.
    @Test func theMemoKnowsEveryPropertyOfAStage() {
        let full = fullStage
        #expect(Mirror(reflecting: full).children.count == 3)
        #expect(Mirror(reflecting: full.stage).children.count == 18)
        #expect(Mirror(reflecting: full.stage.touchpoints[0]).children.count == 3)
        #expect(Mirror(reflecting: full.stage.steps[0]).children.count == 3)
        #expect(Mirror(reflecting: full.stage.painPoints[0]).children.count == 2)
        #expect(Mirror(reflecting: full.stage.opportunities[0]).children.count == 5)
        #expect(Mirror(reflecting: full.stage.metrics).children.count == 4)
        #expect(Mirror(reflecting: full.diagnostics[0]).children.count == 4)
        #expect(Mirror(reflecting: full.diagnostics[0].location).children.count == 3)
    }

    @Test(arguments: ["flipped byte", "truncated", "empty", "other format"])
    func aDamagedMemoIsIgnored(damage: String) throws {
        let output = OutputFolder(path: folder.path)
        try StageMemo(context: "c1", stages: ["journeys/x/07-checkout.md": fullStage]).save(to: output)
        var bytes = try #require(output.readSidecar(StageMemo.fileName))
        switch damage {
        case "flipped byte": bytes[bytes.count / 2] ^= 0x20
        case "truncated": bytes.removeLast(9)
        case "empty": bytes = []
        default:
            // A memo of another format, with a valid checksum, must not be read as this one.
            var writer = CacheWriter()
            writer.write("journeymap-stages-0")
            writer.write("c1")
            writer.write(["journeys/x/07-checkout.md": fullStage])
            let checksum = CacheFile.checksum(writer.bytes[...])
            bytes = writer.bytes + (0..<8).map { UInt8(truncatingIfNeeded: checksum >> (8 * $0)) }
        }
        try output.writeSidecar(StageMemo.fileName, bytes)
        #expect(StageMemo.load(from: output) == nil)
    }

    @Test func onlyNotesWithTheirLoadedBytesAndTheSameContextAreReused() {
        let memo = StageMemo(context: "c1", stages: ["journeys/x/07-checkout.md": fullStage, "journeys/x/08-gone.md": fullStage])
        let same = ContentFingerprint(bytes: String(UInt64.max, radix: 16), head: "0", stamp: "")
        let edited = ContentFingerprint(bytes: "1234", head: "0", stamp: "")
        #expect(memo.reusable(context: "c1", content: ["journeys/x/07-checkout.md": same]).keys.sorted() == ["journeys/x/07-checkout.md"])
        #expect(memo.reusable(context: "c1", content: ["journeys/x/07-checkout.md": edited]).isEmpty)
        #expect(memo.reusable(context: "c2", content: ["journeys/x/07-checkout.md": same]).isEmpty)
    }

    @Test func theOutputFolderHoldsNothingOfADraftUnlessDraftsAreBuilt() throws {
        let site = FixtureSite()
        site.folder.write("Content/journeys/secret/journey.md", ContentSamples.journey(personas: ["ann"], extra: "draft: true\n"))
        site.folder.write("Content/journeys/secret/01-plan.md", ContentSamples.stage("Plan") + "Launch codename Bluebird.\n")
        #expect(site.build().succeeded)
        let files = { site.folder.files(under: "_site").filter { site.folder.read("_site/" + $0)?.contains("Bluebird") == true } }
        #expect(files().isEmpty)
        var options = site.options
        options.includeDrafts = true
        #expect(SiteBuild.run(options).succeeded)
        #expect(files().contains(StageMemo.fileName))
    }

    @Test func theContextFollowsEveryFileButStageNotes() {
        let base = ["site.yml": ContentFingerprint(bytes: "1", stamp: ""), "journeys/x/journey.md": ContentFingerprint(bytes: "2", stamp: ""),
                    "journeys/x/01-a.md": ContentFingerprint(bytes: "3", stamp: "")]
        let context = { (content: [String: ContentFingerprint], root: String) in StageMemo.context(content: content, contentRoot: root, tool: "t") }
        var note = base, header = base
        note["journeys/x/01-a.md"]?.bytes = "4"
        header["journeys/x/journey.md"]?.bytes = "5"
        #expect(context(note, "Content") == context(base, "Content"))
        #expect(context(header, "Content") != context(base, "Content"))
        #expect(context(base, "other/Content") != context(base, "Content"))
    }
}
