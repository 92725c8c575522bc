package org.regionalhealth.residents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A resident to register. Birth date and sex come from the ID number.
 *
 * @param villageCode the 12-digit village/community code of the residence
 * @param unitId the managing unit (station or centre); defaults to the registering user's unit
 */
public record NewResident(
        @NotBlank(message = "姓名必填")
                @Size(max = 50, message = "姓名不超过50字")
                @Pattern(regexp = "[\\p{IsHan}·a-zA-Z ]+", message = "姓名只能包含汉字、字母和间隔号")
                String name,
        @NotBlank(message = "身份证号必填") String idNumber,
        @Nullable @Pattern(regexp = "1\\d{10}", message = "手机号须为11位，以1开头") String phone,
        @NotBlank(message = "居住村（社区）必填") @Pattern(regexp = "330109\\d{6}", message = "须为萧山区12位村（社区）统计代码")
                String villageCode,
        @Nullable Long unitId,
        @Nullable @Size(max = 200, message = "地址不超过200字") String address) {}
