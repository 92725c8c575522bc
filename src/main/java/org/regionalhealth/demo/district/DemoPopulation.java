package org.regionalhealth.demo.district;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.regionalhealth.residents.ResidentBulkLoad;
import org.regionalhealth.residents.ResidentIdNumber;

/**
 * Residents with the age and sex structure of a Zhejiang district (shares by five-year group after the 2020 census
 * of Zhejiang: 65+ about 13.8%), valid ID numbers (locals born in Xiaoshan carry 330181 before 2001, when Xiaoshan
 * was a county-level city, and 330109 after; about a third are migrants from other provinces) and common names.
 */
class DemoPopulation implements Iterator<ResidentBulkLoad.Row> {

    /** Per-mille share of each five-year age group, 0–4 … 90+. */
    private static final int[] AGE_GROUPS = {45, 55, 52, 45, 52, 70, 95, 85, 72, 80, 85, 75, 60, 52, 38, 24, 15, 8, 3};

    /** County codes of migrants' birthplaces (Anhui, Henan, Jiangxi, Sichuan, Guizhou, Hubei, other Zhejiang). */
    private static final String[] MIGRANT_REGIONS = {
        "341221", "341222", "340421", "411522", "411523", "412721", "362330", "360721", "511321", "510722", "522427",
        "520221", "421182", "330621", "330681", "330521", "331081"
    };

    private final SplittableRandom random;
    private final DemoDistrict district;
    private final int total;
    private final LocalDate today;
    private final int[] ageCumulative = new int[AGE_GROUPS.length];
    private final List<String> townCodes = new ArrayList<>();
    private final int[] townCumulative;
    private final Set<Long> issued = new HashSet<>();
    private final Map<Long, ResidentIdNumber> firstByUnit = new HashMap<>();
    private int produced;

    DemoPopulation(SplittableRandom random, DemoDistrict district, int total, LocalDate today) {
        this.random = random;
        this.district = district;
        this.total = total;
        this.today = today;
        int sum = 0;
        for (int i = 0; i < AGE_GROUPS.length; i++) {
            sum += AGE_GROUPS[i];
            ageCumulative[i] = sum;
        }
        townCodes.addAll(district.villagesByTown().keySet());
        townCumulative = new int[townCodes.size()];
        int weights = 0;
        for (int i = 0; i < townCodes.size(); i++) {
            weights += DistrictLayout.TOWN_WEIGHT.get(townCodes.get(i));
            townCumulative[i] = weights;
        }
    }

    @Override
    public boolean hasNext() {
        return produced < total;
    }

    @Override
    public ResidentBulkLoad.Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        produced++;
        LocalDate birth = birthDate();
        int age = birth.until(today).getYears();
        boolean male = random.nextDouble() < (age < 60 ? 0.515 : age < 80 ? 0.48 : 0.42);
        String town = townCodes.get(Weighted.index(random, townCumulative));
        var villages = district.villagesByTown().get(town);
        String village = villages.get(random.nextInt(villages.size()));
        var unit = district.managingUnitByVillage().get(village);
        boolean migrant = age >= 16 && age < 60 && random.nextDouble() < 0.35;
        var id = idNumber(birth, male, migrant);
        String name = ChineseNameGenerator.name(random, male, birth.getYear());
        String phone = age >= 12 && random.nextDouble() < 0.92 ? phone() : null;
        if (age >= 18) {
            firstByUnit.putIfAbsent(unit.unitId(), id);
        }
        return new ResidentBulkLoad.Row(id, name, phone, village, unit.unitId(), unit.path(), null);
    }

    /** The first adult generated for a unit: the demo resident account's own record. */
    Optional<ResidentIdNumber> firstOf(long unitId) {
        return Optional.ofNullable(firstByUnit.get(unitId));
    }

    private LocalDate birthDate() {
        int group = Weighted.index(random, ageCumulative);
        int ageDays = (group * 5 + random.nextInt(group == AGE_GROUPS.length - 1 ? 10 : 5)) * 365 + random.nextInt(365);
        return today.minusDays(ageDays);
    }

    private ResidentIdNumber idNumber(LocalDate birth, boolean male, boolean migrant) {
        String region = migrant
                ? MIGRANT_REGIONS[random.nextInt(MIGRANT_REGIONS.length)]
                : birth.getYear() < 2001 ? "330181" : "330109";
        String date = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
        while (true) {
            // GB 11643: the 17th digit is odd for men and even for women
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = region + date + String.format("%03d", sequence);
            if (issued.add(Long.parseLong(first17))) {
                return new ResidentIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
            }
        }
    }

    private String phone() {
        String[] prefixes = {
            "133", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "177", "180", "181",
            "182", "183", "187", "188", "189", "191", "199"
        };
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }
}
