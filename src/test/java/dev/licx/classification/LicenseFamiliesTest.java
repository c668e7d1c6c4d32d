package dev.licx.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseFamiliesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "spdx/text/GPL-2.0-only.txt, gnu",
      "spdx/text/GPL-3.0-or-later.txt, gnu",
      "spdx/text/LGPL-2.1-only.txt, gnu",
      "spdx/text/AGPL-3.0-only.txt, gnu",
      "spdx/text/GFDL-1.3-only.txt, gnu",
      "spdx/text/CC-BY-NC-3.0.txt, cc",
      "spdx/text/CC-BY-SA-4.0.txt, cc",
      "spdx/text/CC0-1.0.txt, cc",
      "spdx/text/BSD-3-Clause.txt, bsd",
      "spdx/text/BSD-2-Clause.txt, bsd",
      "spdx/text/MIT.txt, mit",
      "spdx/text/MIT-0.txt, mit",
      "spdx/text/Apache-2.0.txt, apache",
      "spdx/text/ECL-2.0.txt, apache",
      "spdx/text/0BSD.txt, 0bsd",
      "ai/bigscience-openrail-m.txt, openrail",
      "ai/creativeml-openrail-m.txt, openrail",
      "ai/responsible-ai-source-code-license-1.0.txt, openrail",
      "ai/stability-ai-community-license-2024.txt, stability",
      "ai/stable-video-diffusion-non-commercial-community-license.txt, stability",
      "ai/chatglm2-6b-model-license.txt, zhipu",
      "ai/codegeex2-model-license.txt, zhipu",
      "ai/tencent-hunyuan-3d-2.0-community-license.txt, tencent",
      "other/functional-source-license-1.0-mit.txt, fair-source",
      "other/fair-core-license-1.0-apache-2.0.txt, fair-source",
      "ai/nvidia-open-model-license-2025-04-28.txt, nvidia",
      "ai/cohere-labs-acceptable-use-policy.md, cohere",
      "ai/llama-3.1-community-license.txt, llama",
      "ai/llama-2-acceptable-use-policy.md, llama",
      "Orchard.html, orchard",
  })
  void familyOfAPath(String path, String family) {
    assertEquals(family, LicenseFamilies.of(path));
  }

  @ParameterizedTest
  @CsvSource({
      "spdx/text/MIT.txt, spdx/text/Apache-2.0.txt",
      "ai/nvidia-open-model-license-2025-04-28.txt, ai/cohere-c4ai-acceptable-use-policy.txt",
      "spdx/text/CC-BY-3.0.txt, spdx/text/GPL-3.0-only.txt",
  })
  void unrelatedLicensesAreDifferentFamilies(String a, String b) {
    assertNotEquals(LicenseFamilies.of(a), LicenseFamilies.of(b));
  }
}
