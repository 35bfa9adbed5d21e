package io.councilhub.chassis.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitFilterTest {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(64 * 1024, 1024 * 1024);

    @Test
    void aJsonBodyOverTheBodyLimitIsRefusedWith413() throws Exception {
        MockHttpServletResponse response = send("application/json", 100 * 1024);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aSpreadsheetOrCsvUploadMayBeLargerUpToTheUploadLimit() throws Exception {
        assertThat(send("text/csv; charset=UTF-8", 100 * 1024).getStatus()).isEqualTo(200);
        assertThat(send("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 900 * 1024).getStatus())
                .isEqualTo(200);
        assertThat(send("multipart/form-data; boundary=x", 900 * 1024).getStatus()).isEqualTo(200);
        assertThat(send("text/csv", 2 * 1024 * 1024).getStatus()).isEqualTo(413);
    }

    private MockHttpServletResponse send(String contentType, int size) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/members/import");
        request.setContentType(contentType);
        request.setContent(new byte[size]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
