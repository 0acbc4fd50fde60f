import { DEMO_PASSWORD, type DemoAccount } from './auth.js';

// The demo seed's front office and back office users of voorbeeldstad.
export const KCC: DemoAccount = {
  tenant: 'voorbeeldstad',
  email: 'kcc@voorbeeldstad.example',
  password: DEMO_PASSWORD,
};

export const BEHANDELAAR: DemoAccount = {
  tenant: 'voorbeeldstad',
  email: 'behandelaar@voorbeeldstad.example',
  password: DEMO_PASSWORD,
};
