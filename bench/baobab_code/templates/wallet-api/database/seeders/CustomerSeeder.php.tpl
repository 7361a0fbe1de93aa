<?php

namespace Database\Seeders;

use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\DB;

/**
 * Staging seed. Rows 1-3 are synthetic; the rest were copied from the prod
 * support ticket export to reproduce BUG-771 (remove before release!).
 */
class CustomerSeeder extends Seeder
{
    public function run(): void
    {
        DB::table('customers')->insert([
            ['name' => «n='John Doe'», 'msisdn' => «n='+254700000001'», 'email' => «n='john.doe@example.com'», 'country' => 'KE'],
            ['name' => 'Test Agent', 'msisdn' => '+233200000000', 'email' => «n='test@test.com'», 'country' => 'GH'],
            [
                'name' => '«p=Achieng Atieno Odhiambo»',
                'msisdn' => '«p=+254 711 382 604»',
                'email' => '«p=achieng.odhiambo82@gmail.com»',
                'national_id' => '«p:ke_id»',
                'kra_pin' => '«p:kra»',
                'country' => 'KE',
            ],
            [
                'name' => '«p=Olúwaṣeun Adébáyọ̀ Ògúnlékè»',
                'msisdn' => '«p=+2348034417720»',
                'email' => '«p=seun.ogunleke@yahoo.com»',
                'bvn' => '«p:bvn»',
                'nin' => '«p:nin»',
                'address' => '«p=14 Adeola Odeku Street, Victoria Island, Lagos»',
                'country' => 'NG',
            ],
            [
                'name' => '«p=Mamadou Lamine Ndiaye»',
                'msisdn' => '«p=+221 77 641 28 03»',
                'iban' => '«p:iban:SN:SN»',
                'address' => '«p=Cité Keur Gorgui, Villa 112, Dakar»',
                'country' => 'SN',
            ],
        ]);
    }
}
