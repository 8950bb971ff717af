using StaticChronicle.Site.Anniversary;

namespace StaticChronicle.Tests.Site.Anniversary;

public class AgreementSigningTests
{
    [Theory]
    [InlineData("After the talks, the two ministers signed a memorandum of understanding on energy transition.")]
    [InlineData("On this occasion, the two sides signed five cooperation documents covering health care.")]
    [InlineData("The leaders witnessed the signing of an agreement on a new ODA loan.")]
    [InlineData("Quang Ninh and Fukuoka signed an MoU on tourism.")]
    public void A_sentence_with_a_signing_and_an_agreement_is_found(string text) =>
        Assert.Equal(text, AgreementSigning.Find("The visit ended on Friday. " + text + " They left."));

    [Theory]
    [InlineData("The two sides will sign an agreement next year.")]
    [InlineData("They are expected to sign a memorandum in December.")]
    [InlineData("The minister signed the guest book. The agreement was discussed.")]
    [InlineData("The agreement on labour was reviewed.")]
    [InlineData("He asked relevant ministries to accelerate the signing of agreements in these areas.")]
    [InlineData("The two bodies need to soon establish a mechanism with the signing of a cooperation agreement.")]
    [InlineData("A memorandum on energy is to be signed in December.")]
    public void A_signing_to_come_or_a_signature_without_an_agreement_is_not(string text) =>
        Assert.Null(AgreementSigning.Find(text));
}
