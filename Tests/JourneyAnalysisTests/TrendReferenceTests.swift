import JourneyAnalysis
import JourneyModel
import Testing

/// "Change since": measured from the most recent snapshot whose scores differ from today's, else from the previous wave.
@Suite("The reference of a change")
struct TrendReferenceTests {
    private let journey = Journey(slug: "j", title: "J", stages: [Stage(number: 1, slug: "a", name: "A"), Stage(number: 2, slug: "b", name: "B", emotion: -1)])

    private func snapshot(_ label: String, _ date: String, a: Double, b: Double = -1) -> Snapshot {
        Snapshot(label: label, date: date, journeys: ["j": .init(overall: (a + b) / 2, stages: ["a": .init(value: a), "b": .init(value: b)])])
    }

    private func rows(_ wave: String?, _ scores: [Double]) -> [SurveyResponse] {
        scores.map { SurveyResponse(journey: "j", stage: "a", wave: wave, score: $0, source: SourceLocation(file: "s.csv")) }
    }

    private func trend(_ responses: [SurveyResponse], _ snapshots: [Snapshot]) throws -> JourneyTrend {
        try #require(SiteAnalysis(content: SiteContent(site: Site(title: "S"), journeys: [journey], responses: responses, snapshots: snapshots)).journey("j")?.trend)
    }

    @Test func theDayAfterASnapshotTheChangeIsMeasuredFromTheOneBefore() throws {
        // Today A is 1 (its answers' mean); Q3 was taken today, Q2 when A was 0.
        let trend = try trend(rows(nil, [1, 1]), [snapshot("Q2", "2026-06-30", a: 0), snapshot("Q3", "2026-09-30", a: 1)])
        #expect(trend.since == "Q2")
        #expect(trend.changes.map(\.delta) == [1, 0])
        #expect(trend.overallDelta == 0.5)
        #expect(trend.points.map(\.label) == ["Q2", "Q3"])       // the chart still draws every snapshot
    }

    @Test func withEverySnapshotLikeTodayThePreviousWaveIsTheReference() throws {
        // Wave T3 (the curve's) gives A +1.5; T2 gave −0.5: +2 since T2. The only snapshot holds today's scores.
        let responses = rows("T2", [-1, 0]) + rows("T3", [1, 2])
        let trend = try trend(responses, [snapshot("Q3", "2026-09-30", a: 1.5)])
        #expect(trend.since == "T2")
        #expect(trend.changes.map(\.delta) == [2, 0])
        #expect(trend.overallDelta == 1)
        // Without any snapshot, the previous wave still gives the change.
        #expect(try self.trend(responses, []).since == "T2")
    }

    @Test func withNothingElseTheLastSnapshotIsTheReferenceAndReadsNoChange() throws {
        let trend = try trend(rows(nil, [1]), [snapshot("Q3", "2026-09-30", a: 1)])
        #expect(trend.since == "Q3" && trend.overallDelta == 0)
        #expect(SiteAnalysis(content: SiteContent(site: Site(title: "S"), journeys: [journey], responses: rows(nil, [1]))).journey("j")?.trend == nil)
    }
}

/// The trend's moments: snapshots by date and the waves the curve does not use, merged in time.
@Suite("The trend's moments")
struct TrendMomentTests {
    private let journey = Journey(slug: "j", title: "J", stages: [Stage(number: 1, slug: "a", name: "A")])

    private func rows(_ wave: String, _ scores: [Double]) -> [SurveyResponse] {
        scores.map { SurveyResponse(journey: "j", stage: "a", wave: wave, score: $0, source: SourceLocation(file: "s.csv")) }
    }

    @Test func aSnapshotComesAfterTheLatestWaveItHoldsAndOneWithoutWavesFirst() throws {
        // Waves T1, T2, T3; the curve uses T3 (now). "Old" holds no wave; "Mid" holds T1 and T2 (taken after T2).
        let old = Snapshot(label: "Old", date: "2026-01-15", journeys: ["j": .init(overall: -1, stages: ["a": .init(value: -1)])])
        let mid = Snapshot(label: "Mid", date: "2026-07-01", journeys: ["j": .init(
            overall: 0, overallInterval: -0.5...0.5, stages: ["a": .init(value: 0)],
            waves: ["a": ["T1": .init(value: -0.5, answers: 2), "T2": .init(value: 0, answers: 2)]])])
        let responses = rows("T1", [-1, 0]) + rows("T2", [0, 1]) + rows("T3", [1, 2])
        let content = SiteContent(site: Site(title: "S"), journeys: [journey], responses: responses, snapshots: [old, mid])
        let trend = try #require(SiteAnalysis(content: content).journey("j")?.trend)
        #expect(trend.points.map(\.label) == ["Old", "T1", "T2", "Mid"])
        #expect(trend.points.map(\.kind) == [.snapshot, .wave, .wave, .snapshot])
        // T1's answers −1 and 0: mean −0.5, sd 0.707, n 2, ±12.706 × 0.5 = ±6.353 (t with 1 df).
        let t1 = trend.points[1]
        #expect(t1.score == -0.5 && abs(t1.interval!.upperBound - (-0.5 + 12.706204736174694 * 0.5)) < 1e-6)
        #expect(trend.points[3].interval == -0.5...0.5 && trend.points[0].interval == nil)
        // The change is measured from the latest snapshot that differs from today: Mid.
        #expect(trend.since == "Mid")
    }

    @Test func withEveryWaveMergedTheWavesAreMomentsWithoutAReference() throws {
        var merged = journey
        merged.surveyWave = Journey.allWaves
        let content = SiteContent(site: Site(title: "S"), journeys: [merged], responses: rows("T1", [-1, 0]) + rows("T2", [1, 2]))
        let trend = try #require(SiteAnalysis(content: content).journey("j")?.trend)
        #expect(trend.points.map(\.label) == ["T1", "T2"])
        #expect(trend.since == nil && trend.overallDelta == nil && trend.changes.isEmpty)
    }

    @Test func aWaveWhoseAnswersScoreNoStageIsNotAMoment() throws {
        // The note types A's score: the answers of T1 would only repeat it.
        let typed = Journey(slug: "j", title: "J", stages: [Stage(number: 1, slug: "a", name: "A", emotion: 1)])
        let content = SiteContent(site: Site(title: "S"), journeys: [typed], responses: rows("T1", [-1, 0]) + rows("T2", [1, 2]),
                                  snapshots: [Snapshot(label: "Q1", date: "2026-03-31", journeys: ["j": .init(overall: 0, stages: ["a": .init(value: 0)])])])
        let trend = try #require(SiteAnalysis(content: content).journey("j")?.trend)
        #expect(trend.points.map(\.label) == ["Q1"])
    }
}
