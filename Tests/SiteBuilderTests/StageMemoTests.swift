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
            painPoints: [PainPoint(text: "Slow", severity: .high, id: ItemID("slow", at: SourceLocation(file: "Content/journeys/x/07-checkout.md", line: 9, column: 40)))],
            opportunities: [Opportunity(text: "Faster", impact: .high, effort: .low, owner: "Web", status: .inProgress,
                                        addresses: [ItemID("slow", at: SourceLocation(file: "Content/journeys/x/07-checkout.md", line: 11, column: 70))]),
                            Opportunity(text: "Later")],
            metrics: Metrics(visitors: 1200, csat: 4.1, nps: -12, ces: 3), evidence: .assumption, owner: "CX", timeOfDay: "07:30",
            bodyHTML: "<p>Notes</p>\n", source: "Content/journeys/x/07-checkout.md")
        let warning = Diagnostic.warning(at: SourceLocation(file: "Content/journeys/x/07-checkout.md", line: 3, column: 5),
                                         "unknown key 'moood'", hint: "did you mean 'mood'?")
        return LoadedStage(stage: stage, diagnostics: [warning], contentHash: .max, context: 42)
    }

    @Test func whatIsSavedIsWhatIsLoaded() throws {
        var stages = exampleStages()
        #expect(stages.count > 20)
        stages["journeys/x/07-checkout.md"] = fullStage
        let output = OutputFolder(path: folder.path)
        try StageMemo(tool: "t1", stages: stages).save(to: output)
        let memo = try #require(StageMemo.load(from: output, tool: "t1"))
        #expect(memo.stages == stages)
        #expect(StageMemo.load(from: output, tool: "t2") == nil, "another tool's memo is not read")
    }

    /// The memo writes each property of these types; one added to them must be added there.
    @Test func theMemoKnowsEveryPropertyOfAStage() {
        let full = fullStage
        #expect(Mirror(reflecting: full).children.count == 4)
        #expect(Mirror(reflecting: full.stage).children.count == 19)
        #expect(Mirror(reflecting: full.stage.touchpoints[0]).children.count == 3)
        #expect(Mirror(reflecting: full.stage.steps[0]).children.count == 3)
        #expect(Mirror(reflecting: full.stage.painPoints[0]).children.count == 3)
        #expect(Mirror(reflecting: full.stage.painPoints[0].id!).children.count == 2)
        #expect(Mirror(reflecting: full.stage.opportunities[0]).children.count == 7)
        #expect(Mirror(reflecting: full.stage.metrics).children.count == 4)
        #expect(Mirror(reflecting: full.diagnostics[0]).children.count == 4)
        #expect(Mirror(reflecting: full.diagnostics[0].location).children.count == 3)
    }

    @Test(arguments: ["flipped byte", "truncated", "empty"])
    func aDamagedMemoIsIgnored(damage: String) throws {
        let output = OutputFolder(path: folder.path)
        try StageMemo(tool: "t1", stages: ["journeys/x/07-checkout.md": fullStage]).save(to: output)
        var bytes = try #require(output.readSidecar(StageMemo.fileName))
        switch damage {
        case "flipped byte": bytes[bytes.count / 2] ^= 0x20
        case "truncated": bytes.removeLast(9)
        default: bytes = []
        }
        try output.writeSidecar(StageMemo.fileName, bytes)
        #expect(StageMemo.load(from: output, tool: "t1") == nil)
    }

    /// Values that pass the checksum but not the reader: each must be refused, never trusted or trapped on.
    @Test(arguments: ["other format", "huge count", "negative count", "cut integer", "bool 2", "trailing bytes"])
    func aWellSummedButWrongMemoIsIgnored(payload: String) throws {
        var writer = CacheWriter()
        writer.write(payload == "other format" ? "journeymap-stages-0" : StageMemo.format)
        writer.write("t1")
        switch payload {
        case "huge count": writer.writeInteger(Int64.max)
        case "negative count": writer.writeInteger(-1)
        case "cut integer": writer.appendRaw([0x80, 0x80])
        case "bool 2":
            writer.writeInteger(1)
            writer.write("journeys/x/07-checkout.md")
            writer.write(7)
            writer.write("checkout")
            writer.write("Checkout")
            writer.writeInteger(2)   // where the optional emotion says whether it is there
        default:
            writer.write(["journeys/x/07-checkout.md": fullStage])
            writer.writeInteger(0)
        }
        CacheFile.seal(&writer)
        let output = OutputFolder(path: folder.path)
        try output.writeSidecar(StageMemo.fileName, writer.bytes)
        #expect(StageMemo.load(from: output, tool: "t1") == nil)
    }

    @Test func anUnknownNameIsRefused() {
        var writer = CacheWriter()
        writer.write("catastrophic")
        var reader = CacheReader(writer.bytes)
        #expect(throws: CacheReader.Damaged.self) { try reader.read(Level.self) }
    }

    @Test func onlyNotesWithTheBytesTheyWereLoadedFromAreOffered() {
        let memo = StageMemo(tool: "t1", stages: ["journeys/x/07-checkout.md": fullStage, "journeys/x/08-gone.md": fullStage])
        let same = ContentFingerprint(bytes: String(UInt64.max, radix: 16), head: "0", stamp: "")
        let edited = ContentFingerprint(bytes: "1234", head: "0", stamp: "")
        #expect(memo.reusable(content: ["journeys/x/07-checkout.md": same]).keys.sorted() == ["journeys/x/07-checkout.md"])
        #expect(memo.reusable(content: ["journeys/x/07-checkout.md": edited]).isEmpty)
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

    /// A draft previewed with `--drafts` must not stay in the memo of a build without drafts,
    /// even when as many notes are loaded as the memo holds.
    @Test func aDraftLeavesTheMemoWithTheNextBuildWithoutDrafts() throws {
        let site = FixtureSite()
        site.folder.write("Content/journeys/secret/journey.md", ContentSamples.journey(personas: ["ann"], extra: "draft: true\n"))
        site.folder.write("Content/journeys/secret/01-plan.md", ContentSamples.stage("Plan") + "Launch codename Bluebird.\n")
        var drafts = site.options
        drafts.includeDrafts = true
        #expect(SiteBuild.run(drafts).succeeded)
        site.folder.write("Content/journeys/bread/03-loyalty.md", ContentSamples.stage("Loyalty"))
        #expect(site.build().succeeded)
        #expect(site.folder.read("_site/" + StageMemo.fileName)?.contains("Bluebird") == false)
        #expect(site.folder.read("_site/" + StageMemo.fileName)?.contains("Loyalty") == true)
    }

    @Test func aContentFolderWithLinksKeepsNoMemo() throws {
        let site = FixtureSite()
        #expect(site.build().succeeded)
        #expect(site.folder.exists("_site/" + StageMemo.fileName))
        try FileManager.default.createSymbolicLink(atPath: site.folder.path + "/Content/journeys/bread/03-again.md",
                                                   withDestinationPath: "02-purchase.md")
        #expect(site.build().succeeded)
        #expect(!site.folder.exists("_site/" + StageMemo.fileName))
    }
}
