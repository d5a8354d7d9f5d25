import JourneyAnalysis
import JourneyModel
import Testing

/// Student's t and Welch's test against scipy 1.17:
/// `stats.t.cdf(t, df)`, `stats.t.ppf(0.975, df)`, and `r = stats.ttest_ind(b, a, equal_var=False)` with
/// `r.pvalue`, `r.df` and `r.confidence_interval(0.95)`.
@Suite("Welch's t-test")
struct WelchTestTests {
    private func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-9) -> Bool {
        a.map { abs($0 - b) <= tolerance } ?? false
    }

    private func statistics(_ values: [Double]) throws -> AnswerStatistics {
        try #require(AnswerStatistics(values, scale: EmotionScale(min: -10, max: 10)))
    }

    @Test func theStudentDistributionMatchesScipy() {
        #expect(close(StudentT.cdf(1.5, degreesOfFreedom: 3.7), 0.8932009153989933))
        #expect(close(StudentT.cdf(-2.2, degreesOfFreedom: 12.5), 0.023641591451071933))
        #expect(close(StudentT.cdf(0, degreesOfFreedom: 4), 0.5))
        #expect(close(StudentT.quantile975(degreesOfFreedom: 7.3), 2.345066736547703, tolerance: 1e-8))
        #expect(close(StudentT.quantile975(degreesOfFreedom: 1), 12.706204736174694, tolerance: 1e-7))
    }

    @Test func aSignificantChangeOfTwelveAgainstElevenAnswers() throws {
        let before = try statistics([3, 4, 2, 5, 4, 3, 4, 4, 5, 3, 2, 4]), after = try statistics([4, 5, 5, 4, 3, 5, 4, 5, 5, 4, 4])
        let test = try #require(WelchTest(before, after))
        // scipy: statistic 2.215694304145217, pvalue 0.038849763870393045, df 19.40859312334016,
        // confidence interval 0.04424976029288563 … 1.516356300313174.
        #expect(close(test.difference, 0.7803030303030298))
        #expect(close(test.t, 2.215694304145217))
        #expect(close(test.degreesOfFreedom, 19.40859312334016))
        #expect(close(test.p, 0.038849763870393045))
        #expect(close(test.interval.lowerBound, 0.04424976029288563, tolerance: 1e-7))
        #expect(close(test.interval.upperBound, 1.516356300313174, tolerance: 1e-7))
        #expect(test.isSignificant)
    }

    @Test func aSmallSampleIsNotSignificant() throws {
        // scipy: statistic 1.6666666666666667, pvalue 0.16543379936452318, df 4.330693069306931,
        // interval −0.7710987484024945 … 3.2710987484024945.
        let test = try #require(WelchTest(try statistics([1, 2, 3]), try statistics([2, 3, 4, 4])))
        #expect(close(test.p, 0.16543379936452318))
        #expect(close(test.degreesOfFreedom, 4.330693069306931))
        #expect(close(test.interval.lowerBound, -0.7710987484024945, tolerance: 1e-7))
        #expect(!test.isSignificant)
    }

    @Test func aVerySmallPValue() throws {
        let before = try statistics(Array(repeating: [0.5, 1, -1, 0, 2, 1, 0.5, -0.5, 1, 0], count: 4).flatMap { $0 })
        let after = try statistics(Array(repeating: [1.5, 2, 1, 1, 2, 1.5, 2, 0.5, 1, 2], count: 4).flatMap { $0 })
        // scipy: pvalue 1.674986367790501e-08, df 66.14842952446524, statistic 6.42416074439621.
        let test = try #require(WelchTest(before, after))
        #expect(close(test.p, 1.674986367790501e-08, tolerance: 1e-12))
        #expect(close(test.degreesOfFreedom, 66.14842952446524))
    }

    @Test func noTestWithoutTwoAnswersASideOrAnySpread() throws {
        #expect(WelchTest(try statistics([1]), try statistics([1, 2])) == nil)
        #expect(WelchTest(try statistics([1, 1]), try statistics([2, 2])) == nil)
    }
}
