export {
  DEFAULT_DEMO_RESPONDENTS,
  DEFAULT_DEMO_SEED,
  DEMO_DATASET_NAME,
  MAX_DEMO_RESPONDENTS,
  SKIP_RATE,
  demoProfileTraits,
  demoProfileWeights,
  generateDemoSurvey,
  type DemoDataset,
  type DemoSurvey,
  type DemoSurveyOptions,
  type ProfileTraits,
} from './generate.js';
export {
  DEMO_AREAS,
  DEMO_AREA_SOURCE,
  DEMO_TENANT_SLUGS,
  demoAreas,
  type DemoArea,
  type DemoTenantSlug,
} from './areas.js';
