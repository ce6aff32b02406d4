import DyadModel
import Testing

@testable import DyadCoder

/// People the lexicon does not know: a nationality in apposition or as a noun gives a person's
/// country, a person named in full as a subject is who "he" or "she" means next, and a person
/// compounded onto an attack is its victim. Sentences written for these tests.
@Suite("Event coder: people named in the text")
struct PersonReferenceTests {
    /// "An Australian was arrested": the nationality as a noun is one person of that country (not
    /// "Australian was" read as a plural noun).
    @Test func aNationalityNounIsAPerson() {
        let e = first("An Australian was arrested in Bali on Sunday.", .coerce)
        #expect(e?.target.first?.country == "AUS", "\(String(describing: e))")
        #expect(e?.target.first?.text == "Australian")
    }

    /// "Piet Jansen, a Belgian, …. He faces charges": the pronoun is the person named as the
    /// previous sentence's subject, with the country of the apposition.
    @Test func heIsThePersonNamedAsTheLastSubject() {
        let text = """
            Senator Maria Lopez spoke in Madrid on Monday.
            Piet Jansen, a Belgian, lived in Madrid for ten years. He faces charges of fraud in Spain.
            """
        let e = first(text, .accuse)
        #expect(e?.target.first?.country == "BEL", "\(String(describing: e))")
        #expect(e?.target.first?.text?.contains("Lopez") != true)
    }

    /// "Sukhoruchkin tells CNN's Anderson Cooper *he* was beaten": a pronoun after a verb of saying
    /// and its hearer is the speaker, not the last person named (the hearer).
    @Test func heAfterSayingIsTheSpeaker() {
        let e = first(
            "Russian student Mikhail Petrov tells CNN anchor Anderson Cooper he was beaten by police and fled to Poland.",
            .migrate)
        #expect(e?.source.first?.country == "RUS", "\(String(describing: e))")
    }

    /// "Xi to meet Putin ⏎ *He* will meet Russian leader Vladimir Putin": a pronoun is not the person
    /// its own sentence names again after it; it is the person before.
    @Test func heIsNotThePersonNamedAgainAfterIt() {
        let text =
            "Kenya's President William Ruto to meet Museveni on Friday\nHe will meet Ugandan President Yoweri Museveni in Kampala."
        let e = code(text).filter { $0.type == .agree || $0.type == .consult }
        #expect(e.contains { $0.source.first?.country == "KEN" && $0.target.first?.country == "UGA" }, "\(e)")
        #expect(!e.contains { $0.source.first?.country == "UGA" && $0.target.first?.country == "UGA" }, "\(e)")
    }

    /// "Police arrest a boy as *they* probe the murder": "they" with no group before it in the
    /// sentence is the organisation the sentence names; the murder they probe is not theirs.
    @Test func theyIsTheOrganisationOfTheSameSentence() {
        let events = code("Police arrest a second teenage boy in London as they probe the murder of a schoolboy.")
        let probe = events.first { $0.type == .accuse }
        #expect(probe?.source.first?.sector == .police && probe?.mode == "investigate", "\(events)")
        #expect(!events.contains { $0.type == .assault && $0.source.first?.sector == .police }, "\(events)")
    }

    /// Two people the lexicon does not know, in a story of one country: the subject acts on the
    /// object, both of that country ("JK Rowling congratulates Julie Bindel").
    @Test func aNamedPersonActsOnAnotherInTheStorysCountry() {
        let e = code(
            "A British court ruled for Mary Wells in Manchester on Monday. Jane Porter congratulates Mary Wells after her court win."
        )
        #expect(e.contains { $0.type == .support && $0.source.first?.text == "Jane Porter" }, "\(e)")
        #expect(e.first { $0.type == .support }?.source.first?.country == "GBR", "\(e)")
    }

    /// A surname already known as an actor stays that actor ("VP Harris" after "Kamala Harris").
    @Test func aKnownSurnameKeepsItsActor() {
        let text = """
            Kamala Harris visited Tokyo on Monday.
            In a speech to sailors, VP Harris spoke about China. She condemned China for its drills.
            """
        let e = first(text, .accuse)
        #expect(e?.source.first?.country == "USA", "\(String(describing: e))")
        #expect(e?.target.first?.country == "CHN")
    }

    /// "the Lopez attack": a person compounded onto an attack noun is its victim, not its attacker.
    @Test func aPersonBeforeAnAttackIsItsVictim() {
        let e = first("Police release details of the Pelosi attack in San Francisco.", .assault)
        #expect(e?.target.first?.text?.contains("Pelosi") == true, "\(String(describing: e))")
        #expect(e?.source.first?.text?.contains("Pelosi") != true)
    }

    /// "Jane Doe, accused of the murder of …": the person named as the participle's noun is the
    /// accused; a surname that is also a nationality ("Ruth German") is no country.
    @Test func theNamedAccusedOfAParticiple() {
        let e = first(
            "Richard Mwangi, accused of the murders of Ruth German and Abby Otieno, lived in Nakuru.", .assault)
        #expect(e?.source.first?.text == "Richard Mwangi", "\(String(describing: e))")
        #expect(e?.source.first?.country == "KEN" && e?.target.first?.country == "KEN")
    }

    /// A person named in full who refuses, with nothing refused named as an actor, refuses in the
    /// story's country (rule named-actor).
    @Test func aNamedPersonRefusing() {
        let e = code("Kenya has called up reservists. But Peter Kamau Otieno refuses to go.").first {
            $0.type == .reject
        }
        #expect(e?.source.first?.country == "KEN", "\(String(describing: e))")
    }

    /// A private person entering a country migrates; no official visit.
    @Test func aPrivatePersonEnteringIsNoVisit() {
        let e = code("Piet Jansen, a Belgian, entered Canada in 2019.")
        #expect(!e.contains { $0.type == .consult }, "\(e)")
    }
}

/// A passive's by-agent that is a weapon or a vessel with a nationality is done by that country.
/// Sentences written for these tests.
@Suite("Event coder: agents named by their nationality")
struct AgentNationalityTests {
    @Test func aNationalVesselOrFireActs() {
        let rescued = first("A Kenyan fisherman was rescued by a Tanzanian patrol boat.", .aid)
        #expect(rescued?.source.first?.country == "TZA", "\(String(describing: rescued))")
        #expect(rescued?.source.first?.text == "a Tanzanian patrol boat")
        let killed = first("Two Ukrainian soldiers were killed by Russian fire near Kharkiv.", .assault)
        #expect(killed?.source.first?.country == "RUS", "\(String(describing: killed))")
    }

    /// Weapons unleashed on a city attack it.
    @Test func dronesUnleashedOnACityAttackIt() {
        let e = first("Russia unleashed more drones on Kharkiv overnight.", .assault)
        #expect(e?.source.first?.country == "RUS" && e?.target.first?.country == "UKR", "\(String(describing: e))")
    }
}

/// A role word before an adverb in -ly is an actor ("a man *sexually* assaulted"), not a noun
/// modifying that word; and an investigation's place is no suspect. Sentences written for these
/// tests.
@Suite("Event coder: roles before adverbs")
struct RoleAdverbTests {
    @Test func aRoleBeforeAnAdverbActs() {
        let e = first("A man sexually assaulted a woman in Leeds.", .assault)
        #expect(e?.source.first?.text == "A man", "\(String(describing: e))")
        let d = first("Police reportedly detained three men in Tehran.", .coerce)
        #expect(d?.source.first?.sector == .police, "\(String(describing: d))")
        #expect(d?.source.first?.country == "IRN")
    }

    @Test func theCrimeInvestigatedIsNotDoneByItsPlace() {
        let e = code("Police are investigating a killing in Leeds.").first { $0.type == .assault }
        #expect(e?.source.first?.text != "Leeds", "\(String(describing: e))")
        #expect(e?.source.first?.sector != .government)
    }
}

/// A person's or people's act noun done to someone befalls them ("Navalny's arrest"), unless an
/// "of" phrase names who it befalls; a state's stays its own act. Sentences written for these tests.
@Suite("Event coder: who an act noun's possessor is")
struct PatientPossessorTests {
    @Test func aPersonsArrestBefallsThePerson() {
        let e = first("Navalny's arrest in Moscow angered the West.", .coerce)
        #expect(e?.target.first?.text == "Navalny", "\(String(describing: e))")
        #expect(e?.source.first?.text != "Navalny")
        let c = first("Netanyahu's conviction in Israel was upheld.", .sanction)
        #expect(c?.target.first?.text == "Netanyahu", "\(String(describing: c))")
    }

    @Test func anOfPhraseOrAStateKeepsThePossessorActing() {
        let e = first("Russia's arrest of the journalist angered the US.", .coerce)
        #expect(e?.source.first?.country == "RUS", "\(String(describing: e))")
        #expect(e?.target.first?.text == "the journalist")
        let p = first("Putin's invasion of Ukraine", .assault)
        #expect(p?.source.first?.text == "Putin", "\(String(describing: p))")
    }
}

/// A surname alone is the person the story names in full elsewhere. Sentences written for these
/// tests.
@Suite("Event coder: a surname for a full name")
struct SurnameTests {
    @Test func aHeadlineSurnameIsThePersonNamedInTheBody() {
        let text =
            "Dranowitz blasts Biden's Philadelphia speech\nFormer congressman Tom Dranowitz spoke to Fox News on Friday."
        let e = code(text).first { $0.type == .accuse }
        #expect(e?.source.first?.text == "Dranowitz", "\(code(text))")
        #expect(
            code("Dranowitz blasts Biden's Philadelphia speech").first { $0.type == .accuse }?.source.first?.text
                != "Dranowitz")
    }
}

/// A Title Case title with a nationality before a name gives the person's country ("*Japanese*
/// Filmmaker Toru Kubota"). Sentences written for these tests.
@Suite("Event coder: nationality of a titled name in Title Case")
struct TitleCaseNationalityNameTests {
    @Test func theTitlesNationalityIsThePersons() {
        let e = code("Kenyan Filmmaker John Otieno Sentenced to 10 Years in Myanmar")
        #expect(e.contains { $0.type == .sanction && $0.target.first?.country == "KEN" }, "\(e)")
    }
}
