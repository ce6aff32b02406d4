import DyadModel
import DyadSyntax
import Testing

@testable import DyadCoder

/// Headlines drop articles, so "Police arrest man" reads like the noun phrase "police arrest
/// warrant": a trigger between a role and another role word is the headline's verb, and a noun
/// the tagger gave a subject of its own is a verb with the noun after it as its object. Police
/// hunting someone investigate them, and so does a manhunt, the police's even when unnamed.
/// Sentences written for these tests.
@Suite("Event coder: headline verbs and manhunts")
struct HeadlineVerbTests {
    /// A trigger the tagger read as a plural noun, while the parser gave it a subject before it and
    /// a direct object after it ("Chile *summons* British, Norwegian ambassadors"), is a verb: only
    /// its tag is repaired; a noun with no such arcs keeps its tag.
    @Test func aNounWithSubjectAndObjectIsAVerb() {
        // Chile(0) summons(1) British(2) ambassadors(3)
        let tree = SentenceTree(
            tokens: 0..<4, tags: [.NNP, .NNS, .JJ, .NNS], heads: [1, 1, 3, 1], labels: [.nsubj, .ROOT, .amod, .dobj])
        let fixed = EventCoder.repairingHeadlineVerbs(tree, words: [1])
        #expect(fixed.tag(1) == .VBZ && fixed.head(3) == 1 && fixed.label(3) == .dobj)
        let bare = SentenceTree(
            tokens: 0..<3, tags: [.NNP, .NNS, .NNS], heads: [1, 1, 1], labels: [.compound, .ROOT, .appos])
        #expect(EventCoder.repairingHeadlineVerbs(bare, words: [1]).tag(1) == .NNS)
    }

    @Test func aRoleTriggerRoleHeadlineIsSubjectVerbObject() {
        let arrest = code("Police arrest man over Nairobi murder")
        #expect(
            arrest.contains {
                $0.type == .coerce && $0.source.first?.sector == .police && $0.source.first?.country == "KEN"
            },
            "\(arrest)")
        let probe = code("Police probe teenager after Nairobi attack")
        #expect(
            probe.contains { $0.type == .accuse && $0.mode == "investigate" && $0.source.first?.sector == .police },
            "\(probe)")
        // The subject read as one more compound on the verb ("Police hunt man" as one noun phrase).
        let hunt = code("Police hunt man after woman stabbed in Nairobi")
        #expect(
            hunt.contains {
                $0.type == .accuse && $0.source.first?.sector == .police && $0.target.first?.text == "man"
            },
            "\(hunt)")
        // A headline's first word before a verb in -s read as a plural noun, and a known person after it.
        let rips = code("Twitter rips Gavin Newsom for power conservation push")
        #expect(rips.contains { $0.type == .accuse && $0.target.first?.text == "Gavin Newsom" }, "\(rips)")
        // A role modifying a noun with no role after it stays a noun phrase.
        #expect(!code("Police station fire in Nairobi").contains { $0.source.first?.sector == .police })
        #expect(!code("Acid attack victim Ruto speaks out").contains { $0.type == .assault && !$0.source.isEmpty })
    }

    @Test func huntingForASuspectInvestigatesThem() {
        let events = code("Police are hunting for two men after a stabbing in Nairobi.")
        let a = events.first { $0.type == .accuse }
        #expect(a?.mode == "investigate" && a?.source.first?.sector == .police, "\(events)")
        #expect(a?.target.first?.text == "men", "\(events)")
    }

    @Test func aManhuntIsThePolicesInvestigation() {
        let events = code("A manhunt is underway in Kenya for two armed men.")
        let a = events.first { $0.type == .accuse }
        #expect(a?.source.first?.sector == .police && a?.source.first?.implied == true, "\(events)")
        #expect(a?.source.first?.country == "KEN", "\(events)")
    }

    /// A verb set in capitals for emphasis ("Family of Jane Wanjiru *SUE* Kenyan police") is read as
    /// the verb it is, not as part of the names around it; an acronym stays an actor.
    @Test func aVerbInCapitalsForEmphasisIsAVerb() {
        let sue = code("Family of Jane Wanjiru SUE Kenyan police over her death")
        #expect(
            sue.contains {
                $0.type == .accuse && $0.target.first?.sector == .police && $0.target.first?.country == "KEN"
            },
            "\(sue)")
        let slap = code("Nairobi police officer SLAPS a man in a wheelchair")
        #expect(slap.contains { $0.type == .assault && $0.source.first?.sector == .police }, "\(slap)")
        let fbi = code("FBI agents arrest Nairobi man in Texas")
        #expect(fbi.contains { $0.type == .coerce && $0.source.first?.country == "USA" }, "\(fbi)")
    }

    /// A person, government or organisation blasted is criticised; rock blasted is not.
    @Test func blastingSomeoneCriticisesThem() {
        let events = code("Kenyan opposition leader Raila Odinga is blasting President William Ruto over prices.")
        #expect(events.contains { $0.type == .accuse && $0.mode == "disapprove" }, "\(events)")
        #expect(code("Kenyan workers were blasting rock in a quarry near Nairobi.").isEmpty)
    }
}

/// Headline verbs the parser hangs on the noun after them, and roles of inquests. Sentences written
/// for these tests.
@Suite("Event coder: headline verbs as noun modifiers")
struct HeadlineNounModifierVerbTests {
    /// "Trump *slams* 'biased' judge": the verb read as a noun modifier of its object.
    @Test func aVerbReadAsANounModifierIsRepaired() {
        // ("Trump", a common word too, is tagged a noun compound of "slams".)
        let e = code("Trump slams 'biased' and 'SICK' judge in Miami fraud case")
        #expect(e.contains { $0.type == .accuse && $0.source.first?.country == "USA" }, "\(e)")
    }

    /// A coroner is the judiciary: "Coroner slams the Kenyan government".
    @Test func aCoronerIsAnActor() {
        let e = code("Coroner slams Kenyan government after a doctor died of Covid")
        #expect(e.contains { $0.type == .accuse && $0.source.first?.sector == .judiciary }, "\(e)")
    }
}

/// A Title Case headline whose trigger phrase opens with a nationality ("Russian Strikes"): the
/// nationality acts, and a capital after an unknown capitalised word is the place. Sentences
/// written for these tests.
@Suite("Event coder: nationality strikes in Title Case")
struct TitleCaseNationalityStrikeTests {
    @Test func theNationalityOfTheTriggerActs() {
        let e = code("Russian Strikes Pummel Kyiv and Send Residents Running for Cover")
        #expect(
            e.contains {
                $0.type == .assault && $0.source.first?.country == "RUS" && $0.target.first?.country == "UKR"
            },
            "\(e)")
        #expect(!e.contains { $0.source.first?.country == "UKR" }, "\(e)")
    }
}
