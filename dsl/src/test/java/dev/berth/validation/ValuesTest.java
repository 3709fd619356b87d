package dev.berth.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"${Token[TOKEN.123]}", "${Token[Bucket.Name.1234]}", "${Token[AWS.Region.4]}",
            "#{Token[TOKEN.7]}", "arn:aws:s3:::${Token[Bucket.Name.9]}/*", "${Token[a:b_c-d.10]}"})
    void aCdkStringOrListTokenIsOne(String value) {
        assertThat(Values.isToken(value)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"vpc-0123456789abcdef0", "${AWS::Region}", "${Token[", "${Token[]}",
            "${Token[has space.1]}", "${!Token[TOKEN.1]}", "Token[TOKEN.1]", "{Token[TOKEN.1]}",
            "-1.8881545897087626e+289"})
    void anythingElseIsNot(String value) {
        assertThat(Values.isToken(value)).isFalse();
    }
}
