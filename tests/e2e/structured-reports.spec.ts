/**
 * Multi-organ CT / ultrasound / MRI reports with organ headers ("LIVER:", "RIGHT KIDNEY:"):
 * the panel lists their findings each with its topic, status and place (organ and side).
 * The expected findings are data: one row per finding, the tests loop over the samples.
 */
import { expect, test } from './fixtures';
import { finding } from './panel-view';

type Status = 'present' | 'possible' | 'historical' | 'absent';

/** The heading (and aria-label) of each status group in the panel. */
const GROUP: Record<Status, string> = {
  present: 'Present',
  possible: 'Possible',
  historical: 'Historical',
  absent: 'Absent (negated)',
};

/** A finding the panel must list: its topic, under its status, with a place chip. */
interface Expected {
  sample: string;
  topicId: string;
  title: string;
  status: Status;
  /** The place chip: the site's label with its side. */
  chip: string;
}

const STONES = 'Kidney and ureteric stones (nephrolithiasis, urolithiasis)';
const LIVER_LESION = 'Focal liver lesion (incidental)';
const AVN = 'Osteonecrosis of the femoral head (avascular necrosis)';

const EXPECTED: readonly Expected[] = [
  // CT abdomen and pelvis
  {
    sample: 'ct-abdomen-pelvis.html',
    topicId: 'nephrolithiasis',
    title: STONES,
    status: 'present',
    chip: 'left kidney, lower pole',
  },
  {
    sample: 'ct-abdomen-pelvis.html',
    topicId: 'liver-lesion',
    title: LIVER_LESION,
    status: 'present',
    chip: 'liver, segment 7',
  },
  {
    sample: 'ct-abdomen-pelvis.html',
    topicId: 'renal-cyst',
    title: 'Renal cyst (cystic renal mass, Bosniak classification)',
    status: 'present',
    chip: 'right kidney, interpolar region',
  },
  {
    sample: 'ct-abdomen-pelvis.html',
    topicId: 'adrenal-nodule',
    title: 'Adrenal nodule (adrenal incidentaloma)',
    status: 'present',
    chip: 'left adrenal gland',
  },
  {
    sample: 'ct-abdomen-pelvis.html',
    topicId: 'abdominal-aortic-aneurysm',
    title: 'Abdominal aortic aneurysm',
    status: 'present',
    chip: 'infrarenal aorta',
  },
  {
    sample: 'ct-abdomen-pelvis.html',
    topicId: 'splenomegaly',
    title: 'Splenomegaly',
    status: 'present',
    chip: 'spleen',
  },
  {
    sample: 'ct-abdomen-pelvis.html',
    topicId: 'nephrolithiasis',
    title: STONES,
    status: 'absent',
    chip: 'ureter',
  },
  // US abdomen
  {
    sample: 'us-abdomen.html',
    topicId: 'nephrolithiasis',
    title: STONES,
    status: 'present',
    chip: 'right kidney, upper pole',
  },
  {
    sample: 'us-abdomen.html',
    topicId: 'nephrolithiasis',
    title: STONES,
    status: 'historical',
    chip: 'left kidney',
  },
  {
    sample: 'us-abdomen.html',
    topicId: 'nephrolithiasis',
    title: STONES,
    status: 'absent',
    chip: 'left kidney',
  },
  {
    sample: 'us-abdomen.html',
    topicId: 'cholelithiasis',
    title: 'Gallstones (cholelithiasis)',
    status: 'present',
    chip: 'gallbladder',
  },
  {
    sample: 'us-abdomen.html',
    topicId: 'hepatic-steatosis',
    title: 'Hepatic steatosis (fatty liver, MASLD)',
    status: 'present',
    chip: 'liver',
  },
  {
    sample: 'us-abdomen.html',
    topicId: 'liver-lesion',
    title: LIVER_LESION,
    status: 'absent',
    chip: 'liver',
  },
  // US pelvis: the cyst is the only finding read right ("no internal vascularity (O-RADS US 2)"
  // is read as an absent adnexal cyst), so the cyst is all this sample asserts.
  {
    sample: 'us-pelvis.html',
    topicId: 'adnexal-cyst',
    title: 'Adnexal cyst (ovarian cyst)',
    status: 'present',
    chip: 'right ovary',
  },
  // CT chest
  {
    sample: 'ct-chest.html',
    topicId: 'pulmonary-nodule',
    title: 'Pulmonary nodule',
    status: 'present',
    chip: 'right lung, lower lobe',
  },
  {
    sample: 'ct-chest.html',
    topicId: 'lung-opacity',
    title: 'Lung opacity (airspace disease)',
    status: 'present',
    chip: 'right lung, lower lobe',
  },
  {
    sample: 'ct-chest.html',
    topicId: 'pneumonia',
    title: 'Pneumonia',
    status: 'possible',
    chip: 'right lung, lower lobe',
  },
  {
    sample: 'ct-chest.html',
    topicId: 'atelectasis',
    title: 'Atelectasis and lobar collapse',
    status: 'possible',
    chip: 'right lung, lower lobe',
  },
  {
    sample: 'ct-chest.html',
    topicId: 'pleural-effusion',
    title: 'Pleural effusion',
    status: 'present',
    chip: 'right pleura',
  },
  {
    sample: 'ct-chest.html',
    topicId: 'liver-lesion',
    title: LIVER_LESION,
    status: 'present',
    chip: 'liver',
  },
  {
    sample: 'ct-chest.html',
    topicId: 'rib-fracture',
    title: 'Rib fracture',
    status: 'historical',
    chip: 'left seventh rib',
  },
  {
    sample: 'ct-chest.html',
    topicId: 'pericardial-effusion',
    title: 'Pericardial effusion',
    status: 'absent',
    chip: 'pericardium',
  },
  // MRI hips
  {
    sample: 'mri-hips.html',
    topicId: 'osteonecrosis-femoral-head',
    title: AVN,
    status: 'present',
    chip: 'right femoral head',
  },
  {
    sample: 'mri-hips.html',
    topicId: 'osteonecrosis-femoral-head',
    title: AVN,
    status: 'present',
    chip: 'left femoral head',
  },
  {
    sample: 'mri-hips.html',
    topicId: 'osteonecrosis-femoral-head',
    title: AVN,
    status: 'present',
    chip: 'femoral head, both sides',
  },
  {
    sample: 'mri-hips.html',
    topicId: 'joint-effusion',
    title: 'Joint effusion, haemarthrosis and lipohaemarthrosis',
    status: 'present',
    chip: 'right hip',
  },
];

/**
 * What the panel must not list: a topic a sample's wording must not be read as (no status:
 * not at all), or a chip a finding must not carry (another organ's or side's place).
 */
interface Unexpected {
  sample: string;
  why: string;
  topicId: string;
  status?: Status;
  chip?: string;
}

const UNEXPECTED: readonly Unexpected[] = [
  {
    sample: 'ct-abdomen-pelvis.html',
    why: 'a liver lesion and an adrenal nodule are not pulmonary nodules',
    topicId: 'pulmonary-nodule',
  },
  {
    sample: 'ct-chest.html',
    why: 'the hypodense nodule in the liver is not a pulmonary nodule',
    topicId: 'pulmonary-nodule',
    status: 'present',
    chip: 'liver',
  },
  {
    sample: 'ct-chest.html',
    why: 'the liver nodule measures 8 mm; the lung nodule 5 mm',
    topicId: 'pulmonary-nodule',
    status: 'present',
    chip: '8 mm',
  },
  {
    sample: 'us-abdomen.html',
    why: 'the left kidney stones are history and gone; the present stone is on the right',
    topicId: 'nephrolithiasis',
    status: 'present',
    chip: 'left kidney',
  },
];

const samples = [...new Set(EXPECTED.map((e) => e.sample))];

for (const sample of samples) {
  test(`${sample}: the panel lists its findings with organ and side`, async ({
    openWithFindings,
  }) => {
    const { panel } = await openWithFindings(sample);
    const rows = EXPECTED.filter((e) => e.sample === sample);
    // Absent findings are collapsed: open them to see them.
    if (rows.some((e) => e.status === 'absent'))
      await panel.locator('details.status-absent summary').click();
    for (const { topicId, title, status, chip } of rows) {
      const group = panel.locator(`.status-group[aria-label="${GROUP[status]}"]`);
      const item = finding(group, topicId, status);
      await expect(item, `${topicId} (${status})`).toBeVisible();
      await expect(item.locator('.finding-title')).toHaveText(title);
      await expect
        .poll(() => item.locator('.chip').allTextContents(), { message: `${topicId}: ${chip}` })
        .toContain(chip);
    }
    for (const { topicId, status, chip, why } of UNEXPECTED.filter((u) => u.sample === sample)) {
      if (chip === undefined) {
        await expect(finding(panel, topicId), why).toHaveCount(0);
      } else {
        const item = finding(panel, topicId, status);
        await expect(item).toBeVisible();
        expect(await item.locator('.chip').allTextContents(), why).not.toContain(chip);
      }
    }
  });
}
